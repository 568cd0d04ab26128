import { useId, useState } from 'react';
import {
  useReplaceGrants,
  useSetDisabled,
  useSignOutEverywhere,
  type PersonBody,
} from '@/data/api/admin';
import type { RoleGrantBody } from '@/data/api/contract';
import type { Structure } from '@/data/contract/dataset-schema';
import { describeGrant } from '@/domain/roles';
import { ErrorNotice, SavedNotice } from '@/ui/form-notices';
import { ReasonedAction } from './reasoned-action';
import { GrantsEditor } from './grants-editor';
import { unitNamer } from './unit-options';
import { AuditReasonField } from './audit-reason-field';

interface PersonCardProps {
  person: PersonBody;
  structures: readonly Structure[];
  /** The administrator looking: they cannot disable themselves. */
  isSelf: boolean;
}

/** One person: their roles in words, and what an administrator can do about them. */
export function PersonCard({ person, structures, isSelf }: PersonCardProps) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [grants, setGrants] = useState<RoleGrantBody[]>(person.grants);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const replace = useReplaceGrants();
  const disable = useSetDisabled();
  const signOut = useSignOutEverywhere();
  const nameOf = unitNamer(structures);
  const failure = replace.error ?? disable.error ?? signOut.error;

  return (
    <li className="person-card" aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`}>
        {person.name}
        {person.disabled ? <span className="person-card__tag"> (disabled)</span> : null}
      </h3>
      <p className="person-card__email">{person.email}</p>
      {person.grants.length === 0 ? (
        <p className="muted">No roles: can sign in but see only what everyone sees.</p>
      ) : (
        <ul className="person-card__roles" aria-label={`Roles of ${person.name}`}>
          {person.grants.map((grant) => (
            <li key={describeGrant(grant, nameOf)}>{describeGrant(grant, nameOf)}</li>
          ))}
        </ul>
      )}
      <SavedNotice message={done} />
      <ErrorNotice message={failure?.message} />
      {editing ? (
        <form
          className="admin-form"
          aria-label={`Roles of ${person.name}`}
          onSubmit={(event) => {
            event.preventDefault();
            replace.mutate(
              { id: person.id, grants, reason },
              {
                onSuccess: () => {
                  setEditing(false);
                  setReason('');
                  setDone(
                    `Roles of ${person.name} saved; they have been signed out so the change applies at once.`,
                  );
                },
              },
            );
          }}
        >
          <GrantsEditor grants={grants} onChange={setGrants} structures={structures} />
          <AuditReasonField id={`${id}-reason`} value={reason} onChange={setReason} />
          <div className="button-row">
            <button type="submit" className="button" disabled={replace.isPending}>
              Save roles
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setEditing(false);
                setGrants(person.grants);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={`Change roles: ${person.name}`}
            onClick={() => {
              setGrants(person.grants);
              setDone(null);
              setEditing(true);
            }}
          >
            Change roles
          </button>
          {isSelf ? null : (
            <ReasonedAction
              label={person.disabled ? 'Enable' : 'Disable'}
              personName={person.name}
              pending={disable.isPending}
              onConfirm={(why) => {
                disable.mutate(
                  { id: person.id, disabled: !person.disabled, reason: why },
                  {
                    onSuccess: () => {
                      setDone(
                        person.disabled
                          ? `${person.name} can sign in again.`
                          : `${person.name} is disabled and signed out everywhere.`,
                      );
                    },
                  },
                );
              }}
            />
          )}
          <ReasonedAction
            label="Sign out everywhere"
            personName={person.name}
            pending={signOut.isPending}
            onConfirm={(why) => {
              signOut.mutate(
                { id: person.id, reason: why },
                {
                  onSuccess: ({ sessionsEnded }) => {
                    setDone(
                      `${person.name} is signed out everywhere (${sessionsEnded} session${sessionsEnded === 1 ? '' : 's'} ended).`,
                    );
                  },
                },
              );
            }}
          />
        </div>
      )}
    </li>
  );
}

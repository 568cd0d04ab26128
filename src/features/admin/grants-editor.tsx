import { useId, useState } from 'react';
import type { RoleGrantBody } from '@/data/api/contract';
import type { Structure } from '@/data/contract/dataset-schema';
import { describeGrant, sameGrant, type UnitRef } from '@/domain/roles';
import { unitNamer, unitOptions, unitValue } from './unit-options';

interface GrantsEditorProps {
  grants: RoleGrantBody[];
  onChange: (grants: RoleGrantBody[]) => void;
  structures: readonly Structure[];
}

/**
 * The rights a person holds: viewer and administrator as tick boxes; contributor and approver
 * grants each name a unit chosen from the organisation tree (a grant covers the units below it).
 */
export function GrantsEditor({ grants, onChange, structures }: GrantsEditorProps) {
  const id = useId();
  const options = structures.flatMap(unitOptions);
  const nameOf = unitNamer(structures);
  const [role, setRole] = useState<'contributor' | 'approver'>('contributor');
  const [unit, setUnit] = useState('');
  const has = (grant: RoleGrantBody) => grants.some((g) => sameGrant(g, grant));
  const toggle = (grant: RoleGrantBody, on: boolean) => {
    onChange(on ? [...grants, grant] : grants.filter((g) => !sameGrant(g, grant)));
  };
  const unitGrants = grants.filter(
    (g): g is Extract<RoleGrantBody, { unit: UnitRef }> => 'unit' in g,
  );
  // Until a unit is picked (or while the tree loads) the first one is shown, so it is the choice.
  const chosen = options.find((option) => option.value === unit) ?? options[0];

  return (
    <div className="grants-editor">
      <fieldset className="grants-editor__simple">
        <legend>Roles for the whole council</legend>
        {(['viewer', 'administrator'] as const).map((name) => (
          <div className="checkbox" key={name}>
            <input
              type="checkbox"
              id={`${id}-${name}`}
              checked={has({ role: name })}
              onChange={(event) => {
                toggle({ role: name }, event.target.checked);
              }}
            />
            <label htmlFor={`${id}-${name}`}>
              {name === 'viewer'
                ? 'Viewer: sees published figures even when public reading is off'
                : 'Administrator: people, roles, targets, due dates, audit log, settings'}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>Roles for units</legend>
        <p className="admin-hint">
          A contributor enters and submits the unit’s figures; an approver approves or returns them.
        </p>
        {unitGrants.length === 0 ? (
          <p className="muted">No contributor or approver roles.</p>
        ) : (
          <ul className="grants-editor__units">
            {unitGrants.map((grant) => {
              const words = describeGrant(grant, nameOf);
              return (
                <li key={`${grant.role}-${unitValue(grant.unit)}`}>
                  <span>{words}</span>{' '}
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => {
                      toggle(grant, false);
                    }}
                    aria-label={`Remove: ${words}`}
                  >
                    Remove
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <div className="grants-editor__add">
          <div className="field">
            <label htmlFor={`${id}-role`}>Role</label>
            <select
              id={`${id}-role`}
              value={role}
              onChange={(event) => {
                setRole(event.target.value === 'approver' ? 'approver' : 'contributor');
              }}
            >
              <option value="contributor">Contributor</option>
              <option value="approver">Approver</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-unit`}>Unit</label>
            <select
              id={`${id}-unit`}
              value={chosen?.value ?? ''}
              onChange={(event) => {
                setUnit(event.target.value);
              }}
            >
              {structures.map((structure) => (
                <optgroup key={structure.id} label={structure.name}>
                  {unitOptions(structure).map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button button--secondary"
            disabled={!chosen}
            onClick={() => {
              const grant = chosen ? { role, unit: chosen.unit } : null;
              if (grant && !has(grant)) toggle(grant, true);
            }}
          >
            Add this role
          </button>
        </div>
      </fieldset>
    </div>
  );
}

import { useId, useState } from 'react';
import { useSetDueRule } from '@/data/api/admin';
import type { IndicatorSettingsResponse } from '@/data/api/contract';
import {
  describeDueDateRule,
  DUE_DATE_RULE_KINDS,
  dueDateFor,
  formatDate,
  MAX_DUE_DAYS,
  type DueDateRule,
} from '@/domain/due-dates';
import { ErrorNotice } from '@/ui/form-notices';
import { AuditReasonField } from './audit-reason-field';
import { formatChangedOn } from '@/lib/format-time';

const KIND_LABELS: Record<DueDateRule['kind'], string> = {
  'working-days-after-period-end': 'working days (no weekends or bank holidays)',
  'calendar-days-after-period-end': 'calendar days',
};

/** When an indicator's figures are due: My returns and the exceptions' overdue list follow it. */
export function DueRuleForm({ settings }: { settings: IndicatorSettingsResponse }) {
  const id = useId();
  const save = useSetDueRule();
  const [kind, setKind] = useState<DueDateRule['kind']>(settings.dueRule.rule.kind);
  const [days, setDays] = useState(String(settings.dueRule.rule.days));
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const daysNumber = Number(days);
  const valid = Number.isInteger(daysNumber) && daysNumber >= 1 && daysNumber <= MAX_DUE_DAYS;
  const example = valid ? dueDateFor('2012-05', { kind, days: daysNumber }) : null;

  const send = (rule: DueDateRule | null) => {
    setProblem(null);
    save.mutate(
      { indicatorId: settings.indicatorId, rule, reason: reason.trim() },
      {
        onSuccess: () => {
          setReason('');
        },
        onError: (error) => {
          setProblem(error.message);
        },
      },
    );
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="admin-section">
      <h2 id={`${id}-heading`}>When figures are due</h2>
      <p>
        Now: <strong>{settings.dueRule.description}</strong>
        {settings.dueRule.source === 'default'
          ? ` (the default for ${settings.frequency} indicators).`
          : ' (set by an administrator).'}
      </p>
      <form
        className="admin-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!valid) {
            setProblem(`Enter a whole number of days from 1 to ${MAX_DUE_DAYS}.`);
            return;
          }
          send({ kind, days: daysNumber });
        }}
      >
        <ErrorNotice message={problem} />
        <div className="due-rule">
          <div className="field">
            <label htmlFor={`${id}-days`}>Days</label>
            <input
              id={`${id}-days`}
              inputMode="numeric"
              value={days}
              size={4}
              onChange={(event) => {
                setDays(event.target.value.trim());
              }}
              aria-invalid={problem && !valid ? true : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`}>Counted as</label>
            <select
              id={`${id}-kind`}
              value={kind}
              onChange={(event) => {
                setKind(DUE_DATE_RULE_KINDS.find((k) => k === event.target.value) ?? kind);
              }}
            >
              {DUE_DATE_RULE_KINDS.map((option) => (
                <option key={option} value={option}>
                  {KIND_LABELS[option]}
                </option>
              ))}
            </select>
          </div>
        </div>
        {example ? (
          <p className="admin-hint" aria-live="polite">
            For example, {describeDueDateRule({ kind, days: daysNumber })}: May 2012’s figure would
            be due on {formatDate(example.date)}.
          </p>
        ) : null}
        <AuditReasonField id={`${id}-reason`} optional wide value={reason} onChange={setReason} />
        <div className="button-row">
          <button type="submit" className="button" disabled={save.isPending}>
            Save due date rule
          </button>
          {settings.dueRule.source === 'set' ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={save.isPending}
              onClick={() => {
                send(null);
              }}
            >
              Go back to the default
            </button>
          ) : null}
        </div>
      </form>
      {settings.dueRuleHistory.length > 0 ? (
        <>
          <h3>Earlier rules</h3>
          <ol className="change-history">
            {settings.dueRuleHistory.map((change) => (
              <li key={change.at}>
                {change.actorName} set{' '}
                {change.rule ? `“${describeDueDateRule(change.rule)}”` : 'the default back'} on{' '}
                <time dateTime={change.at}>{formatChangedOn(change.at)}</time>
                {change.reason ? `: ${change.reason}` : '.'}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

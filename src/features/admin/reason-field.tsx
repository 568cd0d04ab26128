import type { TextareaHTMLAttributes } from 'react';
import { formatDate } from '@/domain/due-dates';
import { formatPeriod } from '@/domain/periods';
import { financialYearStart, yearHasStarted } from '@/domain/target-changes';
import { FieldError } from '@/ui/field-error';

/**
 * The day a financial year began, once it has begun by `today` (ISO dates), else null. A change to
 * a started year's target, floor or monthly profile needs a reason.
 */
export function yearStartedOn(year: string, today: string): string | null {
  return yearHasStarted(year, today) ? financialYearStart(year) : null;
}

/** The reason's error, if the year has started and no reason was given. */
export function reasonProblem(
  year: string,
  startedOn: string | null,
  reason: string,
  /** What is changing, in the message's words: 'profile', 'target' or 'floor'. */
  what: string,
): string | undefined {
  return startedOn !== null && reason.trim() === ''
    ? `${formatPeriod(year)} has already started: say why the ${what} is changing.`
    : undefined;
}

interface ReasonFieldProps {
  /** The textarea's id; its hint and error take it with '-hint' and '-error' after it. */
  id: string;
  /** The financial year being changed, such as '2012/13'. */
  year: string;
  /** From `yearStartedOn`: when set, the reason is required and the hint says why. */
  startedOn: string | null;
  error: string | undefined;
  /**
   * How the form holds the reason, the one way the two forms differ: in its own state (`value`
   * and `onChange`; the profile form remounts after a save) or read from the form's data on
   * submit (`name`; the target form resets itself).
   */
  textarea: Pick<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'value' | 'onChange'>;
}

/** Why a year's target, floor or monthly profile is changing: required once the year started. */
export function ReasonField({ id, year, startedOn, error, textarea }: ReasonFieldProps) {
  return (
    <div className={`field field--wide${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>Reason{startedOn === null ? ' (optional)' : ''}</label>
      <p className="admin-hint" id={`${id}-hint`}>
        {startedOn === null
          ? 'Kept in the history and the audit log.'
          : `${formatPeriod(year)} started on ${formatDate(startedOn)}, so a change needs a reason. It is kept in the history and shown on the indicator page.`}
      </p>
      <FieldError id={`${id}-error`} message={error} />
      <textarea
        id={id}
        rows={2}
        {...textarea}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error ? `${id}-error` : '', `${id}-hint`].filter(Boolean).join(' ')}
      />
    </div>
  );
}

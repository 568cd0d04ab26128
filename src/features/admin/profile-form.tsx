import { ApiError } from '@/data/api/api-error';
import { useId, useState, type SyntheticEvent } from 'react';
import { useSetProfile } from '@/data/api/admin';
import type { IndicatorSettingsResponse } from '@/data/api/contract';
import { formatPeriod } from '@/domain/periods';
import {
  FLAT_SHARES,
  formatShare,
  PROFILE_MONTHS,
  profileSharesProblem,
  profileTotal,
} from '@/domain/set-profiles';
import { readNumber } from '@/lib/read-number';
import { FieldError } from '@/ui/field-error';
import { FormNotices } from '@/ui/form-notices';
import { ReasonField, reasonProblem, yearStartedOn } from './reason-field';

type Errors = Partial<Record<'form' | 'shares' | 'reason' | `month-${number}`, string>>;
const MONTH_FIELD = /^shares\.(\d+)$/;

/** The server's `field` as this form's: `shares.4` is the August input. */
function errorFor(field: string | undefined, message: string): Errors {
  const month = MONTH_FIELD.exec(field ?? '');
  if (month) return { [`month-${month[1] ?? ''}`]: message };
  if (field === 'shares' || field === 'reason') return { [field]: message };
  return {};
}

interface ProfileFormProps {
  settings: IndicatorSettingsResponse;
}

/**
 * Sets a year's monthly profile: twelve shares of the year's target, April to March, adding up to
 * 100%. Starts from the profile in force; once the year has begun a change needs a reason, which
 * the history, the audit log and the indicator page keep.
 */
export function ProfileForm({ settings }: ProfileFormProps) {
  const [year, setYear] = useState(settings.profiles[0]?.year ?? '');
  // Kept here: the fields start afresh with the saved version, the message stays.
  const [saved, setSaved] = useState<string | null>(null);
  const current = settings.profiles.find((p) => p.year === year);
  if (!current) {
    return <p className="muted">Set a year’s target first; its monthly profile comes with it.</p>;
  }
  return (
    <ProfileFields
      // A fresh set of inputs for each year and each new version.
      key={`${year} ${String(current.version)}`}
      settings={settings}
      year={year}
      onYear={(next) => {
        setYear(next);
        setSaved(null);
      }}
      saved={saved}
      onSaved={setSaved}
    />
  );
}

interface ProfileFieldsProps extends ProfileFormProps {
  year: string;
  onYear: (year: string) => void;
  saved: string | null;
  onSaved: (message: string) => void;
}

function ProfileFields({ settings, year, onYear, saved, onSaved }: ProfileFieldsProps) {
  const id = useId();
  const save = useSetProfile();
  const current = settings.profiles.find((p) => p.year === year);
  const [values, setValues] = useState<string[]>(
    (current?.shares ?? PROFILE_MONTHS.map(() => null)).map((s) => (s === null ? '' : String(s))),
  );
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const today = new Date().toISOString().slice(0, 10);
  const startedOn = yearStartedOn(year, today);
  const readings = values.map((text) => readNumber(text.replace(/%\s*$/, '')));
  const total = profileTotal(readings.map((r) => (r.ok ? r.value : 0)));

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    readings.forEach((reading, index) => {
      if (values[index]?.trim() === '')
        found[`month-${index}`] = `Enter ${PROFILE_MONTHS[index] ?? ''}'s share.`;
      else if (!reading.ok)
        found[`month-${index}`] = `${PROFILE_MONTHS[index] ?? ''}: ${reading.problem}.`;
    });
    const shares = readings.map((r) => (r.ok ? r.value : Number.NaN));
    const problem = Object.keys(found).length === 0 ? profileSharesProblem(shares) : null;
    if (problem)
      Object.assign(
        found,
        errorFor(
          problem.index === null ? 'shares' : `shares.${String(problem.index)}`,
          problem.message,
        ),
      );
    const missingReason = reasonProblem(year, startedOn, reason, 'profile');
    if (missingReason) found.reason = missingReason;
    if (Object.keys(found).length > 0) {
      setErrors({ form: 'Check the fields marked below.', ...found });
      return;
    }
    setErrors({});
    // mutateAsync, not mutate's callbacks: the saved version gives these fields a new key, so they
    // are replaced before a per-call onSuccess could run; the message lives in the parent.
    void save
      .mutateAsync({
        indicatorId: settings.indicatorId,
        year,
        shares,
        version: current?.version ?? 0,
        reason: reason.trim(),
      })
      .then(
        () => {
          onSaved(`The monthly profile for ${formatPeriod(year)} is saved; statuses now use it.`);
        },
        (error: unknown) => {
          if (!(error instanceof ApiError)) {
            setErrors({ form: 'The monthly profile could not be saved. Try again.' });
            return;
          }
          const message = error.message.replace(
            /^Could not save the monthly profile for [^:]+: /,
            '',
          );
          const marked = errorFor(error.field, message);
          setErrors(
            Object.keys(marked).length > 0
              ? { form: 'Check the fields marked below.', ...marked }
              : {
                  form:
                    error.status === 409
                      ? `${message} The profile below is now up to date.`
                      : message,
                },
          );
        },
      );
  };

  const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || undefined;

  return (
    <form
      noValidate
      onSubmit={submit}
      className="admin-form profile-form"
      aria-labelledby={`${id}-heading`}
    >
      <h3 id={`${id}-heading`}>Set the monthly profile</h3>
      <FormNotices error={errors.form} saved={saved} />
      <div className="field">
        <label htmlFor={`${id}-year`}>Financial year</label>
        <select
          id={`${id}-year`}
          value={year}
          onChange={(event) => {
            onYear(event.target.value);
          }}
        >
          {settings.profiles.map((p) => (
            <option key={p.year} value={p.year}>
              {formatPeriod(p.year)}
            </option>
          ))}
        </select>
      </div>
      <fieldset
        aria-describedby={describedBy(`${id}-total`, errors.shares ? `${id}-shares-error` : false)}
      >
        <legend>Share of the year’s target in each month (%)</legend>
        <p className="admin-hint">
          April to March; they must add up to 100%. A month’s target is the year’s times its share,
          and the target for the year to date the shares since April.
        </p>
        <FieldError id={`${id}-shares-error`} message={errors.shares} />
        <div className="profile-form__months">
          {PROFILE_MONTHS.map((month, index) => {
            const error = errors[`month-${index}`];
            return (
              <div key={month} className={`field${error ? ' field--error' : ''}`}>
                <label htmlFor={`${id}-month-${String(index)}`}>{month}</label>
                <FieldError id={`${id}-month-${String(index)}-error`} message={error} />
                <input
                  id={`${id}-month-${String(index)}`}
                  inputMode="decimal"
                  autoComplete="off"
                  value={values[index] ?? ''}
                  onChange={(event) => {
                    const next = [...values];
                    next[index] = event.target.value;
                    setValues(next);
                  }}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-month-${String(index)}-error` : undefined}
                />
              </div>
            );
          })}
        </div>
        <p id={`${id}-total`} className="profile-form__total">
          Total: {formatShare(total)}
          {Math.abs(total - 100) > 0.1 ? ' (must be 100%)' : ''}
        </p>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            setValues(FLAT_SHARES.map(String));
          }}
        >
          Fill with a flat profile
        </button>
      </fieldset>
      <ReasonField
        id={`${id}-reason`}
        year={year}
        startedOn={startedOn}
        error={errors.reason}
        textarea={{
          value: reason,
          onChange: (event) => {
            setReason(event.target.value);
          },
        }}
      />
      <button type="submit" className="button" disabled={save.isPending}>
        {save.isPending ? 'Saving…' : 'Save monthly profile'}
      </button>
    </form>
  );
}

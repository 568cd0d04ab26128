import { ApiError } from '@/data/api/api-error';
import { useId, useState, type SyntheticEvent } from 'react';
import { useSetProfile } from '@/data/api/admin';
import type { IndicatorSettingsResponse } from '@/data/api/contract';
import { formatPeriod } from '@/domain/periods';
import { PROFILE_MONTHS, profileSharesProblem, profileTotal } from '@/domain/set-profiles';
import { readNumber } from '@/lib/read-number';
import { FormNotices } from '@/ui/form-notices';
import { ProfileMonths } from './profile-months';
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
      <ProfileMonths
        id={id}
        values={values}
        onValues={setValues}
        total={total}
        sharesError={errors.shares}
        monthError={(index) => errors[`month-${index}`]}
      />
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

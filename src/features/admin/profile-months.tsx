import { FLAT_SHARES, formatShare, PROFILE_MONTHS } from '@/domain/set-profiles';
import { FieldError } from '@/ui/field-error';

interface ProfileMonthsProps {
  /** The form's id; the inputs take `${id}-month-0` to `${id}-month-11`. */
  id: string;
  /** What the person has typed in each month, April first. */
  values: readonly string[];
  onValues: (values: string[]) => void;
  /** The sum of the shares that read as numbers, shown as they type. */
  total: number;
  /** A problem with the shares as a whole ('they add up to 97%'). */
  sharesError: string | undefined;
  monthError: (index: number) => string | undefined;
}

/** The twelve monthly shares, April to March, with their running total and a flat fill. */
export function ProfileMonths({
  id,
  values,
  onValues,
  total,
  sharesError,
  monthError,
}: ProfileMonthsProps) {
  return (
    <fieldset
      aria-describedby={[`${id}-total`, sharesError ? `${id}-shares-error` : '']
        .filter(Boolean)
        .join(' ')}
    >
      <legend>Share of the year’s target in each month (%)</legend>
      <p className="admin-hint">
        April to March; they must add up to 100%. A month’s target is the year’s times its share,
        and the target for the year to date the shares since April.
      </p>
      <FieldError id={`${id}-shares-error`} message={sharesError} />
      <div className="profile-form__months">
        {PROFILE_MONTHS.map((month, index) => {
          const error = monthError(index);
          const inputId = `${id}-month-${String(index)}`;
          return (
            <div key={month} className={`field${error ? ' field--error' : ''}`}>
              <label htmlFor={inputId}>{month}</label>
              <FieldError id={`${inputId}-error`} message={error} />
              <input
                id={inputId}
                inputMode="decimal"
                autoComplete="off"
                value={values[index] ?? ''}
                onChange={(event) => {
                  const next = [...values];
                  next[index] = event.target.value;
                  onValues(next);
                }}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${inputId}-error` : undefined}
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
          onValues(FLAT_SHARES.map(String));
        }}
      >
        Fill with a flat profile
      </button>
    </fieldset>
  );
}

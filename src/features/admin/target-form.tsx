import { useId, useState, type SyntheticEvent } from 'react';
import { useSetTarget } from '@/data/api/admin';
import type { IndicatorSettingsResponse } from '@/data/api/contract';
import { isPeriodId } from '@/domain/periods';
import { financialYearStart } from '@/domain/target-changes';
import type { UnitInput } from '@/domain/format';
import { formText } from '@/lib/form-text';
import { readNumber } from '@/lib/read-number';
import { FieldError } from '@/ui/field-error';
import { FormNotices } from '@/ui/form-notices';
import { MeasureChoice, NewValueField } from './target-form-fields';
import { ReasonField, reasonProblem, yearStartedOn } from './reason-field';
import {
  CHECK_FIELDS,
  refusalErrors,
  savedMessage,
  valueProblem,
  type Measure,
  type TargetErrors,
  type TargetField,
} from './target-form-words';

interface TargetFormProps {
  settings: IndicatorSettingsResponse;
  /** The indicator's unit, to show values as the rest of Ragstone does. */
  unit: UnitInput;
}

/**
 * Sets a year's target or floor. Once the year has begun a reason is required: it goes into the
 * history and the audit log, and the indicator page shows the change with it.
 */
export function TargetForm({ settings, unit }: TargetFormProps) {
  const id = useId();
  const save = useSetTarget();
  const [year, setYear] = useState(settings.years[0]?.year ?? '');
  const [measure, setMeasure] = useState<Measure>('target');
  const [errors, setErrors] = useState<TargetErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const today = new Date().toISOString().slice(0, 10);
  const yearKnown = isPeriodId(year) && financialYearStart(year) !== null;
  const startedOn = yearStartedOn(year, today);
  const current = settings.years.find((y) => y.year === year)?.[measure];

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const valueText = formText(data, 'value');
    const reading = readNumber(valueText);
    const value = reading.ok ? reading.value : null;
    const reason = formText(data, 'reason').trim();
    const found: TargetErrors = {};
    if (!yearKnown) found.year = 'Enter a financial year such as 2012/13.';
    const badValue = valueProblem(valueText, reading, measure);
    if (badValue) found.value = badValue;
    const missingReason = reasonProblem(year, startedOn, reason, measure);
    if (missingReason) found.reason = missingReason;
    if (Object.keys(found).length > 0 || value === null) {
      setErrors({ form: CHECK_FIELDS, ...found });
      return;
    }
    setErrors({});
    save.mutate(
      {
        indicatorId: settings.indicatorId,
        year,
        measure,
        value,
        version: current?.version ?? 0,
        reason,
      },
      {
        onSuccess: () => {
          setSaved(savedMessage(measure, year, value, unit));
          form.reset();
        },
        onError: (error) => {
          setErrors(refusalErrors(error));
        },
      },
    );
  };

  const describedBy = (field: TargetField, hint?: string) =>
    [errors[field] ? `${id}-${field}-error` : '', hint ?? ''].filter(Boolean).join(' ') ||
    undefined;

  return (
    <form noValidate onSubmit={submit} className="admin-form" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Change a target or floor</h3>
      <FormNotices error={errors.form} saved={saved} />
      <div className={`field${errors.year ? ' field--error' : ''}`}>
        <label htmlFor={`${id}-year`}>Financial year</label>
        <p className="admin-hint" id={`${id}-year-hint`}>
          Such as 2012/13.
        </p>
        <FieldError id={`${id}-year-error`} message={errors.year} />
        <input
          id={`${id}-year`}
          name="year"
          value={year}
          onChange={(event) => {
            setYear(event.target.value.trim());
          }}
          aria-invalid={errors.year ? true : undefined}
          aria-describedby={describedBy('year', `${id}-year-hint`)}
        />
      </div>
      <MeasureChoice id={id} measure={measure} onChange={setMeasure} />
      <NewValueField
        id={`${id}-value`}
        measure={measure}
        unit={unit}
        currentValue={current?.value}
        error={errors.value}
        describedBy={describedBy('value', current?.value != null ? `${id}-value-hint` : undefined)}
      />
      <ReasonField
        id={`${id}-reason`}
        year={year}
        startedOn={startedOn}
        error={errors.reason}
        textarea={{ name: 'reason' }}
      />
      <button type="submit" className="button" disabled={save.isPending}>
        {save.isPending ? 'Saving…' : `Save ${measure}`}
      </button>
    </form>
  );
}

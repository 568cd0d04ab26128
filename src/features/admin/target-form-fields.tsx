import { formatValue, type UnitInput } from '@/domain/format';
import { FieldError } from '@/ui/field-error';
import type { Measure } from './target-form-words';

/** Target or floor: which of the year's two figures is being set. */
export function MeasureChoice({
  id,
  measure,
  onChange,
}: {
  id: string;
  measure: Measure;
  onChange: (measure: Measure) => void;
}) {
  return (
    <fieldset>
      <legend>Which</legend>
      {(['target', 'floor'] as const).map((name) => (
        <div className="radio" key={name}>
          <input
            type="radio"
            id={`${id}-${name}`}
            name="measure"
            checked={measure === name}
            onChange={() => {
              onChange(name);
            }}
          />
          <label htmlFor={`${id}-${name}`}>
            {name === 'target' ? 'Target' : 'Floor (below it the figure is red)'}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

interface NewValueFieldProps {
  /** The input's id; its hint and error take it with '-hint' and '-error' after it. */
  id: string;
  measure: Measure;
  unit: UnitInput;
  /** The figure set now, shown as a hint. */
  currentValue: number | null | undefined;
  error: string | undefined;
  describedBy: string | undefined;
}

/** The new target or floor, with the one set now beside it. */
export function NewValueField({
  id,
  measure,
  unit,
  currentValue,
  error,
  describedBy,
}: NewValueFieldProps) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>
        New {measure}
        {unit.type === 'percent' ? ' (%)' : ''}
      </label>
      {currentValue !== null && currentValue !== undefined ? (
        <p className="admin-hint" id={`${id}-hint`}>
          Now {formatValue(currentValue, unit)}.
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
      <input
        id={id}
        name="value"
        inputMode="decimal"
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}

import type { Frequency } from '@/data/contract/dataset-schema';
import { formatPeriod } from '@/domain/periods';
import { FieldError } from '@/ui/field-error';
import { TextField } from '@/ui/text-field';
import { periodHints } from './period-hints';
import type { FigureFormErrors } from './record-figure-rules';

interface FigureFieldsProps {
  /** The form's id; each field's id starts with it. */
  id: string;
  frequency: Frequency;
  errors: FigureFormErrors;
  /** A period the API asked the person to confirm, with why; a checkbox then asks for it. */
  confirming: { period: string; message: string } | null;
}

/** The Record a figure form's fields: the period (and its confirmation), what it is, its basis, the value and a commentary. */
export function FigureFields({ id, frequency, errors, confirming }: FigureFieldsProps) {
  return (
    <>
      <TextField
        id={`${id}-period`}
        label="Period"
        hint={periodHints[frequency]}
        error={errors.period}
        input={{ name: 'period' }}
      />
      {confirming ? (
        <div className="field field--error">
          <FieldError id={`${id}-confirm-error`} message={confirming.message} />
          <label className="record-figure__confirm">
            <input type="checkbox" name="confirmPeriod" aria-describedby={`${id}-confirm-error`} />{' '}
            Yes, this figure is for {formatPeriod(confirming.period)}
          </label>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-measure`}>What it is</label>
        <select id={`${id}-measure`} name="measure" defaultValue="actual">
          <option value="actual">The actual figure</option>
          <option value="target">The target</option>
          <option value="floor">The floor</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-basis`}>Basis</label>
        <select id={`${id}-basis`} name="basis" defaultValue="period">
          <option value="period">The period alone</option>
          <option value="ytd">Year to date</option>
        </select>
      </div>
      <TextField
        id={`${id}-value`}
        label="Value"
        error={errors.value}
        input={{ name: 'value', inputMode: 'decimal' }}
      />
      <TextField
        id={`${id}-commentary`}
        label="Commentary (optional)"
        error={errors.commentary}
        rows={3}
        textarea={{ name: 'commentary' }}
      />
    </>
  );
}

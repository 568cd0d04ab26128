import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type SyntheticEvent } from 'react';
import type {
  ConflictErrorBody,
  IndicatorRow,
  RecordActualInput,
  WritableMeasure,
} from '@/data/api/contract';
import { useRecordActual } from '@/data/api/queries';
import { meQuery } from '@/data/api/session';
import { SignInPrompt } from '@/ui/sign-in-prompt';
import type { Frequency } from '@/data/contract/dataset-schema';
import { formatValue } from '@/domain/format';
import { formatPeriod, parsePeriod, toPeriodId } from '@/domain/periods';
import { readNumber } from '@/lib/read-number';
import { FieldError } from '@/ui/field-error';
import { CorrectionPrompt } from './correction-prompt';
import { periodHints } from './period-hints';

interface RecordFigureFormProps {
  indicatorId: string;
  /** Left out: the dataset's own authority. */
  area: string | undefined;
  frequency: Frequency;
  unit: IndicatorRow['indicator']['unit'];
  /** False in the static publication: the form explains why instead of failing on submit. */
  isWritable: boolean;
}

type Field = 'period' | 'value' | 'commentary' | 'basis';
type Errors = Partial<Record<Field | 'form' | 'signedOut', string>>;

const measureWords: Record<WritableMeasure, string> = {
  actual: 'figure',
  target: 'target',
  floor: 'floor',
};

const readMeasure = (entry: FormDataEntryValue | null): WritableMeasure =>
  entry === 'target' || entry === 'floor' ? entry : 'actual';

/** A small form for recording a period's actual, target or floor between publications. */
export function RecordFigureForm({
  indicatorId,
  area,
  frequency,
  unit,
  isWritable,
}: RecordFigureFormProps) {
  const id = useId();
  const mutation = useRecordActual(indicatorId);
  // The server decides per indicator (403 explains a refusal); the page only needs to know whether
  // anyone is signed in, since a signed-out person can never write.
  const me = useQuery({ ...meQuery(), enabled: isWritable });
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState<string | null>(null);
  /** A save that met a figure already there: shown with both values until confirmed or dropped. */
  const [clash, setClash] = useState<{
    input: RecordActualInput;
    conflict: ConflictErrorBody;
  } | null>(null);
  /** A period the API asked the person to confirm (far from the indicator's years), with why. */
  const [confirming, setConfirming] = useState<{ period: string; message: string } | null>(null);
  const format = (value: number | null) => formatValue(value, unit);
  const formRef = useRef<HTMLFormElement>(null);

  const save = (input: RecordActualInput, ifMatch?: number) => {
    const measure = input.measure ?? 'actual';
    mutation.mutate(
      { input, ...(ifMatch === undefined ? {} : { ifMatch }) },
      {
        onSuccess: (response) => {
          setClash(null);
          setConfirming(null);
          setSaved(
            `Saved: the ${input.basis === 'ytd' ? 'year-to-date ' : ''}${measureWords[measure]} for ${formatPeriod(input.period)} is ${format(response.observation.value)}. The page now includes it.`,
          );
          formRef.current?.reset();
        },
        onError: (error) => {
          if (error.status === 409 && error.conflict) {
            setClash({ input, conflict: error.conflict });
            return;
          }
          setClash(null);
          if (error.kind === 'read-only') {
            setErrors({ form: error.message });
            return;
          }
          if (error.status === 401) {
            setErrors({ signedOut: 'Your session has ended, so the figure was not saved.' });
            return;
          }
          if (error.status === 403) {
            setErrors({
              form: `You may not change this indicator’s figures, so nothing was saved. ${error.message.replace(/^Could not save [^:]+: /, '')}`,
            });
            return;
          }
          const field = error.field;
          const message = error.message.replace(
            /^Could not (load|save) the figure for indicator [^:]+: /,
            '',
          );
          if (field === 'confirmPeriod') {
            setConfirming({ period: input.period, message });
            return;
          }
          if (
            field === 'period' ||
            field === 'value' ||
            field === 'commentary' ||
            field === 'basis'
          ) {
            setErrors({ [field]: message });
          } else {
            setErrors({ form: message });
          }
        },
      },
    );
  };

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => {
      const entry = data.get(name);
      return typeof entry === 'string' ? entry : '';
    };
    const periodText = text('period');
    const valueText = text('value');
    const commentary = text('commentary').trim();
    const basis = data.get('basis') === 'ytd' ? 'ytd' : 'period';
    const period = parsePeriod(periodText);
    // '1,5' is refused, not saved as 15: a comma only separates thousands in groups of three.
    const reading = readNumber(valueText);
    const value = reading.ok ? reading.value : null;
    const found: Errors = {};
    if (period === null) {
      found.period =
        periodText.trim() === ''
          ? 'Enter the period the figure is for.'
          : `"${periodText}" is not a period. ${periodHints[frequency]}`;
    }
    if (value === null) {
      found.value =
        valueText.trim() === ''
          ? 'Enter the figure.'
          : `${reading.ok ? '' : reading.problem}. Enter the figure with a decimal point, for example 71.5.`;
    }
    setErrors(found);
    setSaved(null);
    setClash(null);
    if (period === null || value === null) return;
    const periodId = toPeriodId(period);
    const measure = readMeasure(data.get('measure'));
    const confirmPeriod = data.get('confirmPeriod') === 'on' && confirming?.period === periodId;
    save({
      ...(area ? { area } : {}),
      period: periodId,
      basis,
      measure,
      value,
      ...(commentary ? { commentary } : {}),
      ...(confirmPeriod ? { confirmPeriod } : {}),
    });
  };

  const describedBy = (field: Field, hint?: string) =>
    [hint, errors[field] ? `${id}-${field}-error` : undefined].filter(Boolean).join(' ') ||
    undefined;

  return (
    <section aria-labelledby={`${id}-heading`} className="indicator-section record-figure">
      <h2 id={`${id}-heading`}>Record a figure</h2>
      {!isWritable ? (
        <p className="notice notice--info">
          This copy of Ragstone is a static publication, so figures cannot be recorded here.
          Recording needs the Ragstone API (run the app with its services, or point it at a server
          with VITE_API_URL).
        </p>
      ) : me.isPending ? (
        <p className="record-figure__status">Checking who is signed in…</p>
      ) : me.isError ? (
        <p className="notice notice--error">{me.error.message}</p>
      ) : me.data.user === null ? (
        <SignInPrompt>Recording a figure needs a signed-in person with a role for it.</SignInPrompt>
      ) : (
        <>
          <form ref={formRef} noValidate onSubmit={submit} className="record-figure__form">
            {errors.form ? (
              <p className="notice notice--error" role="alert">
                {errors.form}
              </p>
            ) : null}
            {errors.signedOut ? <SignInPrompt role="alert">{errors.signedOut}</SignInPrompt> : null}
            <div className={`field${errors.period ? ' field--error' : ''}`}>
              <label htmlFor={`${id}-period`}>Period</label>
              <p className="field__hint" id={`${id}-period-hint`}>
                {periodHints[frequency]}
              </p>
              <FieldError id={`${id}-period-error`} message={errors.period} />
              <input
                id={`${id}-period`}
                name="period"
                type="text"
                autoComplete="off"
                aria-invalid={errors.period ? true : undefined}
                aria-describedby={describedBy('period', `${id}-period-hint`)}
              />
            </div>
            {confirming ? (
              <div className="field field--error">
                <FieldError id={`${id}-confirm-error`} message={confirming.message} />
                <label className="record-figure__confirm">
                  <input
                    type="checkbox"
                    name="confirmPeriod"
                    aria-describedby={`${id}-confirm-error`}
                  />{' '}
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
            <div className={`field${errors.value ? ' field--error' : ''}`}>
              <label htmlFor={`${id}-value`}>Value</label>
              <FieldError id={`${id}-value-error`} message={errors.value} />
              <input
                id={`${id}-value`}
                name="value"
                type="text"
                inputMode="decimal"
                autoComplete="off"
                aria-invalid={errors.value ? true : undefined}
                aria-describedby={describedBy('value')}
              />
            </div>
            <div className={`field${errors.commentary ? ' field--error' : ''}`}>
              <label htmlFor={`${id}-commentary`}>Commentary (optional)</label>
              <FieldError id={`${id}-commentary-error`} message={errors.commentary} />
              <textarea
                id={`${id}-commentary`}
                name="commentary"
                rows={3}
                maxLength={4000}
                aria-invalid={errors.commentary ? true : undefined}
                aria-describedby={describedBy('commentary')}
              />
            </div>
            <button type="submit" className="button" disabled={mutation.isPending}>
              {mutation.isPending ? 'Saving…' : 'Save figure'}
            </button>
            <p role="status" className="record-figure__status">
              {saved}
            </p>
          </form>
          {clash ? (
            <CorrectionPrompt
              conflict={clash.conflict}
              format={format}
              isSaving={mutation.isPending}
              onReplace={(reason) => {
                save({ ...clash.input, reason }, clash.conflict.current.version);
              }}
              onKeep={() => {
                setClash(null);
              }}
            />
          ) : null}
        </>
      )}
    </section>
  );
}

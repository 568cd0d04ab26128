import { useId, useRef, useState, type SyntheticEvent } from 'react';
import type { ConflictErrorBody, IndicatorRow, RecordActualInput } from '@/data/api/contract';
import { useRecordActual } from '@/data/api/record-actual';
import type { Frequency } from '@/data/contract/dataset-schema';
import { formatValue } from '@/domain/format';
import { SignInPrompt } from '@/ui/sign-in-prompt';
import { CorrectionPrompt } from './correction-prompt';
import { FigureFields } from './figure-fields';
import {
  readFigureEntries,
  saveRefusalOutcome,
  savedWords,
  type FigureFormErrors,
} from './record-figure-rules';

export interface RecordFigureFormProps {
  indicatorId: string;
  /** Left out: the dataset's own authority. */
  area: string | undefined;
  frequency: Frequency;
  unit: IndicatorRow['indicator']['unit'];
  /** False in the static publication: the form explains why instead of failing on submit. */
  isWritable: boolean;
}

/** The form itself, for a signed-in person: what they type, the save, and what comes back. */
export function FigureForm({ indicatorId, area, frequency, unit }: RecordFigureFormProps) {
  const id = useId();
  const mutation = useRecordActual(indicatorId);
  const [errors, setErrors] = useState<FigureFormErrors>({});
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
    mutation.mutate(
      { input, ...(ifMatch === undefined ? {} : { ifMatch }) },
      {
        onSuccess: (response) => {
          setClash(null);
          setConfirming(null);
          setSaved(savedWords(input, format(response.observation.value)));
          formRef.current?.reset();
        },
        onError: (error) => {
          const outcome = saveRefusalOutcome(error);
          setClash(outcome.show === 'clash' ? { input, conflict: outcome.conflict } : null);
          if (outcome.show === 'confirm-period') {
            setConfirming({ period: input.period, message: outcome.message });
          }
          if (outcome.show === 'errors') setErrors(outcome.errors);
        },
      },
    );
  };

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => {
      const entry = data.get(name);
      return typeof entry === 'string' ? entry : '';
    };
    const reading = readFigureEntries(
      {
        period: text('period'),
        value: text('value'),
        commentary: text('commentary'),
        basis: text('basis'),
        measure: text('measure'),
      },
      frequency,
    );
    setErrors(reading.ok ? {} : reading.errors);
    setSaved(null);
    setClash(null);
    if (!reading.ok) return;
    const { figure } = reading;
    const confirmPeriod =
      data.get('confirmPeriod') === 'on' && confirming?.period === figure.period;
    save({ ...(area ? { area } : {}), ...figure, ...(confirmPeriod ? { confirmPeriod } : {}) });
  };

  return (
    <>
      <form ref={formRef} noValidate onSubmit={submit} className="record-figure__form">
        {errors.form ? (
          <p className="notice notice--error" role="alert">
            {errors.form}
          </p>
        ) : null}
        {errors.signedOut ? <SignInPrompt role="alert">{errors.signedOut}</SignInPrompt> : null}
        <FigureFields id={id} frequency={frequency} errors={errors} confirming={confirming} />
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
  );
}

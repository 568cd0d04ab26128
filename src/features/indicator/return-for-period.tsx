import { useRef, useState } from 'react';
import type { ReturnResponse } from '@/data/api/contract';
import type { ApiError } from '@/data/api/api-error';
import { useReturnStep } from '@/data/api/returns-mutations';
import { formatPeriod } from '@/domain/periods';
import { ReturnForm } from './return-form';
import { ReturnReview } from './return-review';
import {
  errorsFrom,
  needsSave,
  readReturnEntries,
  returnStepWords,
  type ReturnErrors,
} from './return-rules';
import { ReturnStatus } from './return-status';

interface ReturnForPeriodProps {
  indicatorId: string;
  period: string;
  view: ReturnResponse;
  format: (value: number | null) => string;
}

/** One period's return: its status, the status its figure would get, and the person's choices. */
export function ReturnForPeriod({ indicatorId, period, view, format }: ReturnForPeriodProps) {
  const step = useReturnStep(indicatorId);
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<ReturnErrors>({});
  const [done, setDone] = useState<string | null>(null);
  const stored = view.return;
  const canSave = view.actions.includes('save');
  const what = formatPeriod(period);

  /** Reads the form; null (with the errors shown) when the figure is missing or unreadable. */
  const readForm = () => {
    const form = formRef.current;
    if (!form) return null;
    const data = new FormData(form);
    const text = (name: string) => {
      const entry = data.get(name);
      return typeof entry === 'string' ? entry : '';
    };
    const reading = readReturnEntries({ value: text('value'), commentary: text('commentary') });
    if (!reading.ok) {
      setErrors(reading.errors);
      return null;
    }
    return reading.input;
  };

  const run = async (work: () => Promise<string>) => {
    setErrors({});
    setDone(null);
    try {
      setDone(await work());
    } catch (error) {
      setErrors(errorsFrom(error as ApiError));
    }
  };

  const save = (then: 'draft' | 'submit') => {
    const input = readForm();
    if (!input) return;
    void run(async () => {
      if (needsSave(stored, input, then)) {
        await step.mutateAsync({ step: 'save', period, ...input });
      }
      if (then === 'draft') return returnStepWords.draft(what, format(input.value));
      await step.mutateAsync({ step: 'submit', period });
      return returnStepWords.submit(what, format(input.value));
    });
  };

  return (
    <div className="return-panel__period-return">
      <h3>Return for {what}</h3>
      <ReturnStatus view={view} canSave={canSave} format={format} />
      {errors.form ? (
        <p className="notice notice--error" role="alert">
          {errors.form}
        </p>
      ) : null}
      {canSave ? (
        <ReturnForm
          formRef={formRef}
          what={what}
          stored={stored}
          errors={errors}
          isPending={step.isPending}
          onSave={save}
        />
      ) : null}
      <ReturnReview
        what={what}
        stored={stored}
        mayReview={view.actions.includes('approve')}
        mayApprove={view.rights.mayApprove}
        isPending={step.isPending}
        onApprove={() => {
          void run(async () => {
            await step.mutateAsync({ step: 'approve', period });
            return returnStepWords.approve(what, format(stored?.value ?? null));
          });
        }}
        onReturn={(reason) => {
          void run(async () => {
            await step.mutateAsync({ step: 'return', period, reason });
            return returnStepWords.return(what);
          });
        }}
      />
      <p role="status" className="record-figure__status">
        {done}
      </p>
    </div>
  );
}

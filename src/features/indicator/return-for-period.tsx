import { useId, useRef, useState } from 'react';
import type { ReturnResponse } from '@/data/api/contract';
import type { ApiError } from '@/data/api/api-error';
import { useReturnStep } from '@/data/api/returns-mutations';
import { formatPeriod } from '@/domain/periods';
import { readNumber } from '@/lib/read-number';
import { FieldError } from '@/ui/field-error';
import { ReviewControls } from '@/ui/review-controls';
import { WouldBeStatus } from '@/ui/would-be-status';

interface ReturnForPeriodProps {
  indicatorId: string;
  period: string;
  view: ReturnResponse;
  format: (value: number | null) => string;
}

type Errors = Partial<Record<'value' | 'commentary' | 'form', string>>;

/** The service's sentence, beside the field it names when it names one. */
function errorsFrom(error: ApiError): Errors {
  const message = error.serverMessage ?? error.message;
  if (error.status === 401) return { form: 'Your session has ended: sign in again to carry on.' };
  if (error.field === 'value' || error.field === 'commentary') return { [error.field]: message };
  return { form: message };
}

/** One period's return: its status, the status its figure would get, and the person's choices. */
export function ReturnForPeriod({ indicatorId, period, view, format }: ReturnForPeriodProps) {
  const id = useId();
  const step = useReturnStep(indicatorId);
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [done, setDone] = useState<string | null>(null);
  const stored = view.return;
  const canSave = view.actions.includes('save');
  const mayReview = view.actions.includes('approve');
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
    const reading = readNumber(text('value'));
    if (!reading.ok) {
      setErrors({
        value:
          text('value').trim() === ''
            ? 'Enter the figure.'
            : `${reading.problem}. Enter the figure with a decimal point, for example 71.5.`,
      });
      return null;
    }
    const commentary = text('commentary').trim();
    return { value: reading.value, commentary: commentary === '' ? null : commentary };
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
      const unchanged =
        stored !== null && stored.value === input.value && stored.commentary === input.commentary;
      if (!(then === 'submit' && unchanged && stored.status !== 'approved')) {
        await step.mutateAsync({ step: 'save', period, ...input });
      }
      if (then === 'draft') {
        return `Draft saved for ${what}: ${format(input.value)}. It is not published until it is submitted and approved.`;
      }
      await step.mutateAsync({ step: 'submit', period });
      return `Submitted ${format(input.value)} for ${what}. An approver will approve it or return it to you.`;
    });
  };

  return (
    <div className="return-panel__period-return">
      <h3>Return for {what}</h3>
      <p>
        Status: <strong>{view.statusLabel}</strong>
        {stored ? ` (last changed by ${stored.updatedBy})` : null}
      </p>
      {stored?.status === 'returned' && stored.returnReason ? (
        <div className="notice notice--warning" role="note">
          <p>
            <strong>Returned for correction:</strong> {stored.returnReason}
          </p>
        </div>
      ) : null}
      {view.rating ? <WouldBeStatus rating={view.rating} /> : null}
      {stored && !canSave ? (
        <dl className="return-panel__figure">
          <dt>Figure</dt>
          <dd>{format(stored.value)}</dd>
          <dt>Commentary</dt>
          <dd>{stored.commentary ?? 'None'}</dd>
        </dl>
      ) : null}
      {errors.form ? (
        <p className="notice notice--error" role="alert">
          {errors.form}
        </p>
      ) : null}
      {canSave ? (
        <form
          ref={formRef}
          noValidate
          key={stored?.version ?? 0}
          className="return-panel__form"
          onSubmit={(event) => {
            event.preventDefault();
            save('draft');
          }}
        >
          <div className={`field${errors.value ? ' field--error' : ''}`}>
            <label htmlFor={`${id}-value`}>Figure for {what}</label>
            <FieldError id={`${id}-value-error`} message={errors.value} />
            <input
              id={`${id}-value`}
              name="value"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              defaultValue={stored?.value ?? ''}
              aria-invalid={errors.value ? true : undefined}
              aria-describedby={errors.value ? `${id}-value-error` : undefined}
            />
          </div>
          <div className={`field${errors.commentary ? ' field--error' : ''}`}>
            <label htmlFor={`${id}-commentary`}>Commentary</label>
            <p className="field__hint" id={`${id}-commentary-hint`}>
              Why the figure is what it is and what is being done. Needed for a red or amber figure.
            </p>
            <FieldError id={`${id}-commentary-error`} message={errors.commentary} />
            <textarea
              id={`${id}-commentary`}
              name="commentary"
              rows={4}
              maxLength={4000}
              defaultValue={stored?.commentary ?? ''}
              aria-invalid={errors.commentary ? true : undefined}
              aria-describedby={`${id}-commentary-hint${errors.commentary ? ` ${id}-commentary-error` : ''}`}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button button--secondary" disabled={step.isPending}>
              Save draft
            </button>
            <button
              type="button"
              className="button"
              disabled={step.isPending}
              onClick={() => {
                save('submit');
              }}
            >
              Submit for approval
            </button>
          </div>
        </form>
      ) : null}
      {mayReview ? (
        <ReviewControls
          what={what}
          isPending={step.isPending}
          error={null}
          onApprove={() => {
            void run(async () => {
              await step.mutateAsync({ step: 'approve', period });
              return `Approved: ${format(stored?.value ?? null)} for ${what} is now published.`;
            });
          }}
          onReturn={(reason) => {
            void run(async () => {
              await step.mutateAsync({ step: 'return', period, reason });
              return `Returned the figure for ${what} to the contributor, with your reason.`;
            });
          }}
        />
      ) : stored?.status === 'submitted' ? (
        <p className="notice notice--info">
          {view.rights.mayApprove
            ? 'You submitted this figure, so another approver must approve or return it.'
            : 'Waiting for an approver to approve it or return it to you.'}
        </p>
      ) : null}
      <p role="status" className="record-figure__status">
        {done}
      </p>
    </div>
  );
}

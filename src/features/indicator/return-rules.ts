/**
 * The words and checks of a period's return, pure: what a person typed becomes the figure to save
 * or the errors beside each field, a refused step becomes words, and each step says what it did.
 */
import type { FigureReturn } from '@/data/api/contract';
import type { ApiError } from '@/data/api/api-error';
import { readNumber } from '@/lib/read-number';

export type ReturnErrors = Partial<Record<'value' | 'commentary' | 'form', string>>;

/** The service's sentence, beside the field it names when it names one. */
export function errorsFrom(
  error: Pick<ApiError, 'status' | 'field' | 'message' | 'serverMessage'>,
): ReturnErrors {
  const message = error.serverMessage ?? error.message;
  if (error.status === 401) return { form: 'Your session has ended: sign in again to carry on.' };
  if (error.field === 'value' || error.field === 'commentary') return { [error.field]: message };
  return { form: message };
}

export interface ReturnInput {
  value: number;
  commentary: string | null;
}

export type ReturnReading = { ok: true; input: ReturnInput } | { ok: false; errors: ReturnErrors };

/** The figure and commentary as typed; the figure is needed, the commentary may be left empty. */
export function readReturnEntries(entries: { value: string; commentary: string }): ReturnReading {
  const reading = readNumber(entries.value);
  if (!reading.ok) {
    return {
      ok: false,
      errors: {
        value:
          entries.value.trim() === ''
            ? 'Enter the figure.'
            : `${reading.problem}. Enter the figure with a decimal point, for example 71.5.`,
      },
    };
  }
  const commentary = entries.commentary.trim();
  return {
    ok: true,
    input: { value: reading.value, commentary: commentary === '' ? null : commentary },
  };
}

/** Submitting what is already saved submits it as it is; anything else is saved first. */
export function needsSave(
  stored: FigureReturn | null,
  input: ReturnInput,
  then: 'draft' | 'submit',
): boolean {
  const unchanged =
    stored !== null && stored.value === input.value && stored.commentary === input.commentary;
  return !(then === 'submit' && unchanged && stored.status !== 'approved');
}

/** What the status line says once a step is done; `shown` is the figure as the page writes it. */
export const returnStepWords = {
  draft: (what: string, shown: string) =>
    `Draft saved for ${what}: ${shown}. It is not published until it is submitted and approved.`,
  submit: (what: string, shown: string) =>
    `Submitted ${shown} for ${what}. An approver will approve it or return it to you.`,
  approve: (what: string, shown: string) => `Approved: ${shown} for ${what} is now published.`,
  return: (what: string) => `Returned the figure for ${what} to the contributor, with your reason.`,
};

/** A submitted figure, seen by someone who may not review it now. */
export function waitingWords(mayApprove: boolean): string {
  return mayApprove
    ? 'You submitted this figure, so another approver must approve or return it.'
    : 'Waiting for an approver to approve it or return it to you.';
}

/**
 * The cycle of a return (one indicator, area and period): draft → submitted → approved, or
 * submitted → returned (with a reason) → draft again. Approving publishes. The rules live here
 * once; the server, the MSW handlers and the screens all ask `applyReturnAction`.
 */
import type { RagStatus } from './types';

export const RETURN_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

export const RETURN_ACTIONS = ['save', 'submit', 'approve', 'return'] as const;
export type ReturnActionName = (typeof RETURN_ACTIONS)[number];

export interface ReturnState {
  status: ReturnStatus;
  value: number | null;
  commentary: string | null;
  /** Who submitted the version now waiting or approved (approvers may not approve their own). */
  submittedBy: string | null;
  /** Why it was sent back, while it is returned. */
  returnReason: string | null;
}

export type ReturnAction =
  | { action: 'save'; value: number; commentary: string | null }
  | { action: 'submit' }
  | { action: 'approve' }
  | { action: 'return'; reason: string };

export interface ReturnActor {
  id: string;
  mayEdit: boolean;
  mayApprove: boolean;
}

export type ReturnOutcome =
  | { ok: true; state: ReturnState }
  | { ok: false; problem: 'forbidden' | 'conflict' | 'invalid'; reason: string; field?: string };

/** What the figure would be rated: red and amber need a commentary before they go anywhere. */
export interface ReturnContext {
  rating: RagStatus;
}

const hasText = (text: string | null | undefined): text is string =>
  text !== null && text !== undefined && text.trim() !== '';

export const commentaryRequired = (rating: RagStatus): boolean =>
  rating === 'red' || rating === 'amber';

/** A status label people read, never colour alone. */
export function describeReturnStatus(status: ReturnStatus | null): string {
  switch (status) {
    case null:
      return 'Not started';
    case 'draft':
      return 'Draft (not published)';
    case 'submitted':
      return 'Submitted, awaiting approval (not published)';
    case 'returned':
      return 'Returned for correction (not published)';
    case 'approved':
      return 'Approved and published';
  }
}

const forbidden = (reason: string): ReturnOutcome => ({ ok: false, problem: 'forbidden', reason });
const conflict = (reason: string): ReturnOutcome => ({ ok: false, problem: 'conflict', reason });
const invalid = (reason: string, field: string): ReturnOutcome => ({
  ok: false,
  problem: 'invalid',
  reason,
  field,
});

/** `current` is null when nothing has been entered for the period yet. */
export function applyReturnAction(
  current: ReturnState | null,
  action: ReturnAction,
  actor: ReturnActor,
  context: ReturnContext,
): ReturnOutcome {
  switch (action.action) {
    case 'save': {
      if (!actor.mayEdit)
        return forbidden('Only a contributor for this indicator can enter figures.');
      if (!Number.isFinite(action.value)) return invalid('value must be a number.', 'value');
      if (current?.status === 'submitted') {
        return conflict(
          'This figure is waiting for approval; it can be changed once it is returned.',
        );
      }
      // Correcting an approved figure starts a new draft; the approved one stays published.
      return {
        ok: true,
        state: {
          status: 'draft',
          value: action.value,
          commentary: hasText(action.commentary) ? action.commentary.trim() : null,
          submittedBy: null,
          returnReason: current?.status === 'returned' ? current.returnReason : null,
        },
      };
    }
    case 'submit': {
      if (!actor.mayEdit) return forbidden('Only a contributor for this indicator can submit it.');
      if (current === null || current.value === null) {
        return invalid('Enter a figure before submitting it.', 'value');
      }
      if (current.status !== 'draft' && current.status !== 'returned') {
        return conflict(
          `It cannot be submitted: it is ${describeReturnStatus(current.status).toLowerCase()}.`,
        );
      }
      if (commentaryRequired(context.rating) && !hasText(current.commentary)) {
        return invalid(
          `${context.rating === 'amber' ? 'An' : 'A'} ${context.rating} figure needs a commentary saying why and what is being done before it is submitted.`,
          'commentary',
        );
      }
      return {
        ok: true,
        state: { ...current, status: 'submitted', submittedBy: actor.id, returnReason: null },
      };
    }
    case 'approve': {
      if (!actor.mayApprove)
        return forbidden('Only an approver for this indicator can approve it.');
      if (current?.status !== 'submitted')
        return conflict('Only a submitted figure can be approved.');
      if (current.submittedBy === actor.id) {
        return forbidden('Someone other than the person who submitted a figure must approve it.');
      }
      return { ok: true, state: { ...current, status: 'approved' } };
    }
    case 'return': {
      if (!actor.mayApprove) return forbidden('Only an approver for this indicator can return it.');
      if (current?.status !== 'submitted')
        return conflict('Only a submitted figure can be returned.');
      if (current.submittedBy === actor.id) {
        return forbidden('Someone other than the person who submitted a figure must review it.');
      }
      if (!hasText(action.reason)) {
        return invalid('Say why the figure is being returned.', 'reason');
      }
      return {
        ok: true,
        state: { ...current, status: 'returned', returnReason: action.reason.trim() },
      };
    }
  }
}

/** Which actions a person could take now: the screens show only these buttons. */
export function availableReturnActions(
  current: ReturnState | null,
  actor: ReturnActor,
): ReturnActionName[] {
  const actions: ReturnActionName[] = [];
  const status = current?.status ?? null;
  if (actor.mayEdit && status !== 'submitted') actions.push('save');
  if (actor.mayEdit && (status === 'draft' || status === 'returned')) actions.push('submit');
  if (actor.mayApprove && status === 'submitted' && current?.submittedBy !== actor.id) {
    actions.push('approve', 'return');
  }
  return actions;
}

/**
 * Who may do what with a returns batch, row by row: the decisions (and the 403's words) the batch
 * handlers take, kept pure so each is tested without a server. The rules themselves are the
 * domain's (src/domain/roles.ts).
 */
import {
  canApprove,
  canEdit,
  forbiddenReason,
  isAdministrator,
  type ActorInput,
  type OrgTreeInput,
  type OwnedIndicatorInput,
} from '@/domain/roles';

/** The dataset as far as rights need it: the units and the indicators they own. */
export interface RightsTree extends OrgTreeInput {
  indicators: readonly OwnedIndicatorInput[];
}

const indicatorIn = (tree: RightsTree, id: string | undefined) =>
  tree.indicators.find((candidate) => candidate.id === id);

/**
 * A batch holding not one row the person may write is refused whole, like a typed figure: the
 * 403's words, naming the first row's indicator; null when the batch may be checked. Unknown
 * indicators pass here, for the check to name them by row.
 */
export function batchWriteRefusal(
  actor: ActorInput,
  body: { actuals: readonly { indicatorId: string }[]; definitions: readonly unknown[] },
  tree: RightsTree,
): string | null {
  const mayWriteARow =
    isAdministrator(actor) ||
    body.definitions.length > 0 ||
    body.actuals.some((row) => {
      const indicator = indicatorIn(tree, row.indicatorId);
      return indicator === undefined || canEdit(actor, indicator, tree);
    });
  return mayWriteARow
    ? null
    : forbiddenReason('edit', indicatorIn(tree, body.actuals[0]?.indicatorId));
}

/**
 * Undoing a batch needs the right to every row it wrote: a contributor for each return's
 * indicator, an administrator for any definition. The 403's words for the first row refused, or
 * null when the person may undo it all.
 */
export function batchUndoRefusal(
  actor: ActorInput,
  entries: readonly { kind: string; indicatorId: string }[],
  tree: RightsTree,
): string | null {
  for (const entry of entries) {
    const indicator = indicatorIn(tree, entry.indicatorId);
    const allowed =
      entry.kind === 'return'
        ? indicator !== undefined && canEdit(actor, indicator, tree)
        : isAdministrator(actor);
    if (!allowed) {
      return entry.kind === 'return'
        ? forbiddenReason('edit', indicator)
        : forbiddenReason('administer');
    }
  }
  return null;
}

/** Returns in progress are for those who enter, approve or administer the indicator's figures. */
export const maySeeReturnsInProgress = (
  actor: ActorInput,
  indicator: OwnedIndicatorInput,
  tree: RightsTree,
): boolean =>
  canEdit(actor, indicator, tree) || canApprove(actor, indicator, tree) || isAdministrator(actor);

/**
 * Scorecards and status summaries, built from indicator rows and the organisation tree.
 * Pure, so the mock API engine and the static client (for periods without a shard) share it.
 */
import { countStatuses } from '@/domain/aggregate';
import { DEFAULT_STRUCTURE } from '@/domain/structures';
import type { OrgNode, Structure } from '../contract/dataset-schema';
import type { IndicatorRow, ScorecardResponse, StatusSummaryResponse } from './contract';
import { isOwnedWithin, subtreeIds } from './filter-rows';

/** Frameworks whose responsibilities a scorecard lists even without figures. */
const RESPONSIBILITY_FRAMEWORKS = new Set(['NI', 'T2010']);
const ROLE_ORDER = { lead: 0, reports: 1, support: 2 } as const;

interface NodeContext {
  structure: Structure;
  node: OrgNode;
  subtree: Set<string>;
}

function findNode(
  structures: readonly Structure[],
  structureId: string,
  nodeId: string,
): NodeContext | null {
  const structure = structures.find((candidate) => candidate.id === structureId);
  const node = structure?.nodes.find((candidate) => candidate.id === nodeId);
  if (!structure || !node) return null;
  const subtree = subtreeIds(structure, nodeId);
  return subtree ? { structure, node, subtree } : null;
}

/** From the top of the structure down to the node's parent (the node itself is not included). */
function breadcrumbOf(structure: Structure, node: OrgNode): OrgNode[] {
  const byId = new Map(structure.nodes.map((candidate) => [candidate.id, candidate]));
  const trail: OrgNode[] = [];
  const seen = new Set<string>([node.id]);
  for (let parentId = node.parentId; parentId !== null;) {
    const parent = byId.get(parentId);
    if (!parent || seen.has(parent.id)) break;
    seen.add(parent.id);
    trail.unshift(parent);
    parentId = parent.parentId;
  }
  return trail;
}

function rowsWithin(
  rows: readonly IndicatorRow[],
  structureId: string,
  ids: ReadonlySet<string>,
): IndicatorRow[] {
  return rows.filter((row) => isOwnedWithin(row.indicator, structureId, ids));
}

function childCounts(context: NodeContext, rows: readonly IndicatorRow[]) {
  return context.structure.nodes
    .filter((candidate) => candidate.parentId === context.node.id)
    .map((child) => {
      const ids = subtreeIds(context.structure, child.id) ?? new Set([child.id]);
      return { node: child, counts: countStatuses(rowsWithin(rows, context.structure.id, ids)) };
    });
}

function responsibilitiesOf(
  context: NodeContext,
  rows: readonly IndicatorRow[],
): ScorecardResponse['responsibilities'] {
  const result: ScorecardResponse['responsibilities'] = [];
  for (const { indicator } of rows) {
    if (!indicator.codes.some((code) => RESPONSIBILITY_FRAMEWORKS.has(code.framework))) continue;
    const roles = indicator.owners
      .filter(
        (owner) =>
          context.subtree.has(owner.nodeId) &&
          (owner.structureId === undefined || owner.structureId === context.structure.id),
      )
      .map((owner) => owner.role)
      .sort((a, b) => ROLE_ORDER[a] - ROLE_ORDER[b]);
    const [role] = roles;
    if (role === undefined) continue;
    result.push({
      indicatorId: indicator.id,
      title: indicator.title,
      codes: indicator.codes,
      role,
    });
  }
  return result.sort(
    (a, b) =>
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      a.indicatorId.localeCompare(b.indicatorId, 'en-GB', { numeric: true }),
  );
}

/**
 * A node's scorecard from every row of the dataset as at one period.
 * Rows are indicators the node or a node below it leads or reports; responsibilities are the
 * national indicators and Towards 2010 targets it (or a node below it) leads, reports or supports.
 */
export function buildScorecard(
  structures: readonly Structure[],
  allRows: readonly IndicatorRow[],
  structureId: string,
  nodeId: string,
): ScorecardResponse | null {
  const context = findNode(structures, structureId, nodeId);
  if (!context) return null;
  const rows = rowsWithin(allRows, structureId, context.subtree);
  return {
    structureId,
    node: context.node,
    breadcrumb: breadcrumbOf(context.structure, context.node),
    children: childCounts(context, allRows),
    counts: countStatuses(rows),
    rows,
    responsibilities: responsibilitiesOf(context, allRows),
  };
}

export function buildStatusSummary(
  structures: readonly Structure[],
  allRows: readonly IndicatorRow[],
  structureId: string,
  nodeId: string,
  period: string | null,
): StatusSummaryResponse | null {
  const context = findNode(structures, structureId, nodeId);
  if (!context) return null;
  return {
    node: context.node,
    period,
    counts: countStatuses(rowsWithin(allRows, structureId, context.subtree)),
    byChild: childCounts(context, allRows),
  };
}

export { DEFAULT_STRUCTURE };

/** The structure a view uses: the one in the URL if it exists, else the default, else the first. */
export function resolveStructure<T extends { id: string }>(
  structures: readonly T[],
  requested: string | undefined,
): T | undefined {
  return (
    structures.find((structure) => structure.id === requested) ??
    structures.find((structure) => structure.id === DEFAULT_STRUCTURE) ??
    structures[0]
  );
}

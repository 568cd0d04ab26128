import type { IndicatorRow } from '@/data/api/contract';
import type { OrgNode, Structure } from '@/data/contract/dataset-schema';

export interface GroupedRows {
  /** The node the rows are filed under, or null for rows with no owner in the structure. */
  node: OrgNode | null;
  /** Ancestors below the scope, outermost first, ending with `node`. */
  path: OrgNode[];
  rows: IndicatorRow[];
}

const ROW_ROLES = new Set(['lead', 'reports']);

function ownerNodeId(
  row: IndicatorRow,
  structure: Structure,
  nodeIds: ReadonlySet<string>,
): string | null {
  const owner = row.indicator.owners.find(
    (candidate) =>
      ROW_ROLES.has(candidate.role) &&
      (candidate.structureId === undefined || candidate.structureId === structure.id) &&
      nodeIds.has(candidate.nodeId),
  );
  return owner?.nodeId ?? null;
}

/**
 * Files rows under their owning unit, in the structure's own order (the order the paper prints),
 * with the directorate and division path above each unit, as councils' dashboards are laid out.
 * `scopeId` is the node the page is about: it and its ancestors are not repeated as headings.
 */
export function groupRowsByNode(
  rows: readonly IndicatorRow[],
  structure: Structure | undefined,
  scopeId?: string,
): GroupedRows[] {
  if (!structure) return rows.length ? [{ node: null, path: [], rows: [...rows] }] : [];
  const byId = new Map(structure.nodes.map((node) => [node.id, node]));
  const nodeIds = new Set(byId.keys());
  const order = new Map(depthFirst(structure).map((node, index) => [node.id, index]));
  // Rows with no owner in the structure go last.
  const position = (node: OrgNode | null) => (node ? (order.get(node.id) ?? 0) : order.size);
  const buckets = new Map<string | null, IndicatorRow[]>();
  for (const row of rows) {
    const id = ownerNodeId(row, structure, nodeIds);
    const bucket = buckets.get(id) ?? [];
    bucket.push(row);
    buckets.set(id, bucket);
  }
  const pathTo = (node: OrgNode): OrgNode[] => {
    const path: OrgNode[] = [];
    const seen = new Set<string>();
    for (let current: OrgNode | undefined = node; current && !seen.has(current.id);) {
      seen.add(current.id);
      if (current.id === scopeId) break;
      path.unshift(current);
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
    // The authority itself is a scope, never a heading.
    return path.filter((candidate) => candidate.kind !== 'authority');
  };
  return [...buckets.entries()]
    .map(([id, groupRows]) => {
      const node = id === null ? null : (byId.get(id) ?? null);
      return { node, path: node ? pathTo(node) : [], rows: groupRows };
    })
    .sort((a, b) => position(a.node) - position(b.node));
}

/** Nodes in the order a reader meets them: each parent followed by its children, as listed. */
export function depthFirst(structure: Structure): OrgNode[] {
  const children = new Map<string | null, OrgNode[]>();
  for (const node of structure.nodes) {
    const siblings = children.get(node.parentId) ?? [];
    siblings.push(node);
    children.set(node.parentId, siblings);
  }
  const ids = new Set(structure.nodes.map((node) => node.id));
  const roots = structure.nodes.filter((node) => node.parentId === null || !ids.has(node.parentId));
  const result: OrgNode[] = [];
  const seen = new Set<string>();
  const visit = (node: OrgNode) => {
    if (seen.has(node.id)) return;
    seen.add(node.id);
    result.push(node);
    for (const child of children.get(node.id) ?? []) visit(child);
  };
  roots.forEach(visit);
  return result;
}

import type { IndicatorRow } from '@/data/api/contract';
import type { Structure } from '@/data/contract/dataset-schema';
import type { RowGroup } from './data-table';
import { groupRowsByNode } from './group-rows';

/**
 * The table's groups, by owning unit: each group's headings are only the part of its path that
 * differs from the group before, so a directorate is named once above all its units.
 */
export function toRowGroups(
  rows: readonly IndicatorRow[],
  structure: Structure | undefined,
  scopeId?: string,
): RowGroup<IndicatorRow>[] {
  let previousPath: string[] = [];
  return groupRowsByNode(rows, structure, scopeId).map((group) => {
    const ids = group.path.map((node) => node.id);
    const firstNew = ids.findIndex((id, index) => previousPath[index] !== id);
    previousPath = ids;
    const headings =
      group.node === null
        ? [{ key: 'unassigned', text: 'Not assigned to a unit in this structure', level: 1 }]
        : group.path.slice(firstNew === -1 ? ids.length : firstNew).map((node) => ({
            key: node.id,
            text: node.name,
            level: group.path.indexOf(node) + 1,
          }));
    return { key: group.node?.id ?? 'unassigned', headings, rows: group.rows };
  });
}

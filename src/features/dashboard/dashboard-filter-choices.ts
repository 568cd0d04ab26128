/**
 * What the dashboard's filters decide, as plain functions: which words go to the address, whether
 * anything is filtered, what clearing keeps, and how far a unit is indented in its list.
 */
import type { Structure } from '@/data/contract/dataset-schema';
import type { DashboardSearch } from './dashboard-search';

/** The search words as the address holds them: none when only spaces were typed. */
export function searchTextParam(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

/** Whether any filter narrows the list (the structure is a view, not a filter). */
export function hasDashboardFilters(search: DashboardSearch): boolean {
  return (
    search.node !== undefined ||
    search.framework !== undefined ||
    search.status !== undefined ||
    search.kind !== undefined ||
    (search.q ?? '') !== '' ||
    search.period !== undefined
  );
}

/** "Clear filters" keeps the structure being viewed and nothing else. */
export function clearedDashboardSearch(search: DashboardSearch): DashboardSearch {
  return search.structure ? { structure: search.structure } : {};
}

/** How many levels a node sits below its structure's root (0 for the root). */
export function nodeDepth(structure: Structure | undefined, nodeId: string): number {
  let depth = 0;
  for (let node = structure?.nodes.find((n) => n.id === nodeId); node?.parentId; depth += 1) {
    const parentId: string = node.parentId;
    node = structure?.nodes.find((n) => n.id === parentId);
  }
  return depth;
}

/** The no-break spaces that indent a node under its parent in the unit list (the authority is not listed). */
export function nodeIndent(structure: Structure | undefined, nodeId: string): string {
  return '\u00a0\u00a0'.repeat(Math.max(0, nodeDepth(structure, nodeId) - 1));
}

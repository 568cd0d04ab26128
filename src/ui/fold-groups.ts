/**
 * Long lists (the dashboard's 2008 authority view lists about a thousand indicators, a
 * directorate's page about 500) are folded by directorate and unit. These pure functions decide
 * when to fold, what each fold holds and counts, and read and write the open folds in the address.
 */
import type { IndicatorRow, StatusCounts } from '@/data/api/contract';
import type { OrgNode, Structure } from '@/data/contract/dataset-schema';
import { countStatuses } from '@/domain/aggregate';
import { statusLabel } from '@/domain/rating';
import type { RagStatus } from '@/domain/types';
import { groupRowsByNode } from '@/ui/group-rows';

/** Above this many rows the list is folded; below it, the tables read at a glance as they are. */
export const FOLD_ABOVE_ROWS = 150;

export interface UnitFold {
  /** The node id, or 'unassigned'. */
  id: string;
  /** 'Division › Unit' below the directorate; the directorate's own name for its direct rows. */
  name: string;
  rows: IndicatorRow[];
  counts: StatusCounts;
}

/** A fold as its heading shows it, without its rows: what a folded list's first view carries. */
export interface UnitFoldHeading {
  id: string;
  name: string;
  counts: StatusCounts;
}

export interface DirectorateFoldHeading extends UnitFoldHeading {
  units: UnitFoldHeading[];
}

export interface DirectorateFold {
  id: string;
  name: string;
  node: OrgNode | null;
  units: UnitFold[];
  rows: IndicatorRow[];
  counts: StatusCounts;
}

/** Rows by directorate, then by unit, in the structure's order, with each fold's counts. */
export function foldByDirectorate(
  rows: readonly IndicatorRow[],
  structure: Structure | undefined,
): DirectorateFold[] {
  const folds = new Map<string, { name: string; node: OrgNode | null; units: UnitFold[] }>();
  for (const group of groupRowsByNode(rows, structure)) {
    const [top] = group.path;
    const directorateId = top?.id ?? 'unassigned';
    const fold = folds.get(directorateId) ?? {
      name: top?.name ?? 'Not assigned to a unit in this structure',
      node: top ?? null,
      units: [],
    };
    const below = group.path.slice(1);
    fold.units.push({
      id: group.node?.id ?? 'unassigned',
      name: below.length ? below.map((node) => node.name).join(' › ') : fold.name,
      rows: group.rows,
      counts: countStatuses(group.rows),
    });
    folds.set(directorateId, fold);
  }
  return [...folds].map(([id, fold]) => {
    const foldRows = fold.units.flatMap((unit) => unit.rows);
    return { id, ...fold, rows: foldRows, counts: countStatuses(foldRows) };
  });
}

/** The folds' names and counts alone (rows and nodes left out), small enough for a page's data. */
export function foldHeadings(folds: readonly DirectorateFold[]): DirectorateFoldHeading[] {
  return folds.map((fold) => ({
    id: fold.id,
    name: fold.name,
    counts: fold.counts,
    units: fold.units.map((unit) => ({ id: unit.id, name: unit.name, counts: unit.counts })),
  }));
}

/** Fold when the list is long and there is more than one fold to open. */
export function shouldFold(rowCount: number, folds: readonly DirectorateFold[]): boolean {
  return rowCount > FOLD_ABOVE_ROWS && folds.reduce((sum, fold) => sum + fold.units.length, 0) > 1;
}

/** The open folds from the address: `open=cfe,cfe-admissions`. */
export function parseOpen(open: string | undefined): Set<string> {
  return new Set(
    (open ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
  );
}

/** The address value with one fold opened or closed; undefined when none is open. */
export function toggleOpen(
  open: string | undefined,
  id: string,
  isOpen: boolean,
): string | undefined {
  const ids = parseOpen(open);
  if (isOpen) ids.add(id);
  else ids.delete(id);
  return ids.size ? [...ids].join(',') : undefined;
}

/** The non-zero counts of a fold, worst first: [{ status: 'red', count: 12, words: '12 Red' }, …]. */
export function countParts(
  counts: StatusCounts,
): { status: RagStatus; count: number; words: string }[] {
  return (
    [
      ['red', counts.red],
      ['amber', counts.amber],
      ['green', counts.green],
      ['not-rated', counts.notRated],
    ] as const
  )
    .filter(([, count]) => count > 0)
    .map(([status, count]) => ({ status, count, words: `${count} ${statusLabel(status)}` }));
}

/** '460 indicators' */
export function totalWords(counts: StatusCounts): string {
  return `${counts.total} ${counts.total === 1 ? 'indicator' : 'indicators'}`;
}

/** '460 indicators: 12 Red, 30 Amber, 200 Green, 218 Not rated' */
export function countsWords(counts: StatusCounts): string {
  const parts = countParts(counts).map((part) => part.words);
  return parts.length ? `${totalWords(counts)}: ${parts.join(', ')}` : totalWords(counts);
}

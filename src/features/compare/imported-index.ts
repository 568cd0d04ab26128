/**
 * One imported file's figures arranged once for every question the comparison asks of them (its
 * periods, each area's figures oldest first, each period's figures, its councils by type), kept
 * for as long as the figures are. Without it each render walked (and sorted) every figure several
 * times: at 100,000 figures, hundreds of milliseconds on the main thread per render.
 */
import { comparePeriodIds } from '@/domain/periods';
import type { ImportedFigure } from './import/read-file';

export interface ImportedIndex {
  /** Distinct periods, oldest first. */
  periods: string[];
  /** Each area's figures, oldest first. */
  byArea: Map<string, ImportedFigure[]>;
  /** Each period's figures, in file order. */
  byPeriod: Map<string, ImportedFigure[]>;
  /** The councils (not references) with a figure, by area type. */
  councilsByType: Map<string, Set<string>>;
  /** Every council (not reference) with a figure. */
  councils: Set<string>;
}

const cache = new WeakMap<readonly ImportedFigure[], ImportedIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function build(figures: readonly ImportedFigure[]): ImportedIndex {
  const byPeriod = new Map<string, ImportedFigure[]>();
  const councilsByType = new Map<string, Set<string>>();
  const councils = new Set<string>();
  for (const figure of figures) {
    push(byPeriod, figure.period, figure);
    if (figure.isReference) continue;
    councils.add(figure.areaId);
    const members = councilsByType.get(figure.areaType) ?? new Set<string>();
    members.add(figure.areaId);
    councilsByType.set(figure.areaType, members);
  }
  // Sorting the few distinct periods, then walking them in order, puts each area's figures
  // oldest first without sorting every figure.
  const periods = [...byPeriod.keys()].sort(comparePeriodIds);
  const byArea = new Map<string, ImportedFigure[]>();
  for (const period of periods)
    for (const figure of byPeriod.get(period) ?? []) push(byArea, figure.areaId, figure);
  return { periods, byArea, byPeriod, councilsByType, councils };
}

export function importedIndex(figures: readonly ImportedFigure[]): ImportedIndex {
  let index = cache.get(figures);
  if (!index) {
    index = build(figures);
    cache.set(figures, index);
  }
  return index;
}

/**
 * What the over-time view draws for a comparison: a line for the lead, the averages and (in a
 * small group) each chosen area, and for a larger group its median and the band between its
 * quartiles per period, instead of a line per authority.
 */
import type { ComparisonResponse } from '@/data/api/contract';

export interface OverTimeLine {
  areaId: string;
  name: string;
  isLead: boolean;
  isReference: boolean;
  values: (number | null)[];
}

export interface GroupSpread {
  lower: (number | null)[];
  median: (number | null)[];
  upper: (number | null)[];
  /** How many of the group's areas have a figure in each period. */
  counts: number[];
}

export interface OverTimeModel {
  periods: string[];
  lines: OverTimeLine[];
  /** Null when the group is small enough to draw every area. */
  spread: GroupSpread | null;
  /** True when the group's areas are summarised by the spread rather than drawn. */
  isSummarised: boolean;
}

/** Beyond this many lines a chart is a tangle; the group is summarised by its median and quartiles. */
export const MAX_LINES = 10;
/** Averages drawn as lines at most; the table has the rest. */
const MAX_REFERENCE_LINES = 3;
/** Fewer figures than this in a period give no quartiles worth drawing. */
const MIN_FOR_SPREAD = 4;

/** The q-quantile of sorted values, interpolating between neighbours (as spreadsheets do). */
export function quantile(sorted: ArrayLike<number>, q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const low = sorted[below] ?? 0;
  const high = sorted[Math.min(sorted.length - 1, below + 1)] ?? low;
  return low + (high - low) * (position - below);
}

function isFigure(value: number | null | undefined): value is number {
  return value !== null && value !== undefined;
}

/**
 * The group's spread per period: its median and quartiles over the areas with a figure. Plain
 * loops over one reused column: for 152 areas and 60 periods this runs with every choice.
 */
function groupSpread(rows: readonly (readonly (number | null)[])[], kept: readonly number[]) {
  const spread: GroupSpread = { lower: [], median: [], upper: [], counts: [] };
  const column = new Float64Array(rows.length);
  for (const index of kept) {
    let count = 0;
    for (const values of rows) {
      const value = values[index];
      if (isFigure(value)) {
        column[count] = value;
        count += 1;
      }
    }
    // A typed array sorts by number without a comparator.
    const sorted = column.subarray(0, count).sort();
    const enough = count >= MIN_FOR_SPREAD;
    spread.counts.push(count);
    spread.lower.push(enough ? quantile(sorted, 0.25) : null);
    spread.median.push(enough ? quantile(sorted, 0.5) : null);
    spread.upper.push(enough ? quantile(sorted, 0.75) : null);
  }
  return spread;
}

export function buildOverTimeModel(
  response: ComparisonResponse,
  options: { lead: string; members: readonly string[]; references: readonly string[] },
): OverTimeModel {
  const { lead, members } = options;
  const names = new Map(response.areas.map((area) => [area.id, area.name]));
  const types = new Map(response.areas.map((area) => [area.id, area.type]));
  // Like the comparison chart: the country first, at most three averages as lines.
  const references = [...options.references]
    .sort((a, b) => (types.get(a) === 'country' ? 0 : 1) - (types.get(b) === 'country' ? 0 : 1))
    .slice(0, MAX_REFERENCE_LINES);
  const others = members.filter((m) => m !== lead);
  const isSummarised = others.length + references.length >= MAX_LINES;
  const drawn = [lead, ...(isSummarised ? [] : others), ...references];
  const wanted = new Set([...drawn, ...members]);

  // The series holds one number per period for every area with a figure; only the wanted are read.
  const { series } = response;
  const byArea = new Map<string, readonly (number | null)[]>();
  for (const entry of series.areas)
    if (wanted.has(entry.area)) byArea.set(entry.area, entry.values);
  const rows = [...byArea.values()];
  // The periods in which any wanted area has a figure, by their place in the series.
  const kept: number[] = [];
  series.periods.forEach((_, index) => {
    if (rows.some((values) => isFigure(values[index]))) kept.push(index);
  });
  const periods = kept.map((index) => series.periods[index] ?? '');
  const valuesOf = (areaId: string): (number | null)[] => {
    const values = byArea.get(areaId);
    return kept.map((index) => values?.[index] ?? null);
  };

  const lines = drawn
    .map((areaId) => ({
      areaId,
      name: names.get(areaId) ?? areaId,
      isLead: areaId === lead,
      isReference: references.includes(areaId),
      values: valuesOf(areaId),
    }))
    .filter((line) => line.values.some((value) => value !== null));

  const spread = isSummarised
    ? groupSpread(
        members.flatMap((areaId) => {
          const values = byArea.get(areaId);
          return values ? [values] : [];
        }),
        kept,
      )
    : null;
  return { periods, lines, spread, isSummarised };
}

/**
 * What a comparison sends, shared by the API engine (server, MSW, the static build) and the compare
 * page: one period's figures rather than every month of every area, each area's figures over time
 * as numbers, and the period a comparison opens on.
 */
import { comparePeriodIds, periodKindOf, sortPeriodIds } from '@/domain/periods';
import type { Observation } from '../contract/dataset-schema';
import type { ComparisonResponse, ComparisonSeries } from './contract';

/** A figure the comparison can place or explain: a number, or a printed reason for its absence. */
const isUsable = (o: Observation) => o.value !== null || o.missing !== undefined;

/**
 * The actual figures each area contributes for `period`: all of its figures for that period
 * (whatever their basis, so the page can prefer the period's own), and, when it has none, its
 * latest earlier figure of the same kind of period (so mixed years can be shown).
 * Oldest first within an area.
 */
export function figuresForPeriod(
  observations: readonly Observation[],
  period: string,
): Observation[] {
  // Each distinct period is parsed once: a build asks this of 9,000 figures for each of 60 periods.
  const kind = periodKindOf(period);
  const isEarlierOfKind = new Map<string, boolean>();
  const earlierOfKind = (other: string) => {
    let answer = isEarlierOfKind.get(other);
    if (answer === undefined) {
      answer = periodKindOf(other) === kind && comparePeriodIds(other, period) < 0;
      isEarlierOfKind.set(other, answer);
    }
    return answer;
  };
  const exact = new Map<string, Observation[]>();
  const earlier = new Map<string, Observation>();
  for (const o of observations) {
    if (o.measure !== 'actual' || !isUsable(o)) continue;
    if (o.period === period) {
      const list = exact.get(o.area);
      if (list) list.push(o);
      else exact.set(o.area, [o]);
    } else if (o.value !== null && earlierOfKind(o.period)) {
      const best = earlier.get(o.area);
      if (!best || best.period === o.period || comparePeriodIds(best.period, o.period) < 0)
        earlier.set(o.area, o);
    }
  }
  const areas = new Set([...exact.keys(), ...earlier.keys()]);
  return [...areas].flatMap((area) => {
    const own = exact.get(area) ?? [];
    const fallback = own.length > 0 ? undefined : earlier.get(area);
    return fallback ? [fallback, ...own] : own;
  });
}

/** Each area's actual figures as one number per period; a figure for the period alone wins. */
export function comparisonSeries(observations: readonly Observation[]): ComparisonSeries {
  const byArea = new Map<string, { values: Map<string, number>; documents: Set<string> }>();
  const periodSet = new Set<string>();
  for (const o of observations) {
    if (o.measure !== 'actual' || o.value === null) continue;
    let entry = byArea.get(o.area);
    if (!entry) {
      entry = { values: new Map(), documents: new Set() };
      byArea.set(o.area, entry);
    }
    if (o.basis === 'period' || !entry.values.has(o.period)) entry.values.set(o.period, o.value);
    if (o.provenance) entry.documents.add(o.provenance.document);
    periodSet.add(o.period);
  }
  const periods = [...periodSet].sort(comparePeriodIds);
  return {
    periods,
    areas: [...byArea].map(([area, { values, documents }]) => ({
      area,
      values: periods.map((period) => values.get(period) ?? null),
      documents: [...documents],
    })),
  };
}

/**
 * The period a comparison opens on for `lead`: of the periods the lead has a figure for, the one
 * most areas report (so the default compares like with like), the latest of equals; without a
 * figure for the lead, the latest period with any.
 */
export function openingPeriod(series: ComparisonSeries, lead: string): string | null {
  const counts = series.periods.map(() => 0);
  for (const entry of series.areas)
    entry.values.forEach((value, index) => {
      if (value !== null) counts[index] = (counts[index] ?? 0) + 1;
    });
  const leadValues = series.areas.find((entry) => entry.area === lead)?.values ?? [];
  let best = -1;
  for (const [index, value] of leadValues.entries()) {
    if (value !== null && (best === -1 || (counts[index] ?? 0) >= (counts[best] ?? 0)))
      best = index;
  }
  return series.periods[best === -1 ? series.periods.length - 1 : best] ?? null;
}

/** A comparison without its figures: what it compares and within which groups. */
export type ComparisonFrame = Pick<ComparisonResponse, 'indicator' | 'areas' | 'groups' | 'tables'>;

/**
 * A comparison as sent: the frame, each area's figures over time, and the figures of the period it
 * opens on for `authority` (the dataset's own).
 */
export function assembleComparison(
  frame: ComparisonFrame,
  observations: readonly Observation[],
  authority: string,
): ComparisonResponse {
  const series = comparisonSeries(observations);
  const period = openingPeriod(series, authority);
  return {
    ...frame,
    periods: sortPeriodIds([...new Set(observations.map((o) => o.period))]),
    series,
    figures: {
      indicatorId: frame.indicator.id,
      period,
      observations: period === null ? [] : figuresForPeriod(observations, period),
    },
  };
}

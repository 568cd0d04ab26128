/**
 * Turns an indicator's observations into the points and series its trend chart draws.
 * The x axis is the finest period the actuals use (months, quarters, or years); an annual target,
 * floor or expected level is spread across the months of its year unless a phased (monthly)
 * figure exists for that month. Annual actuals of an in-year indicator cannot share a month axis,
 * so they are listed as off the chart (the table still shows them).
 */
import type { MeasureUnit, Measure, Observation } from '@/data/contract/dataset-schema';
import {
  comparePeriodIds,
  formatPeriod,
  nextPeriodId,
  periodContains,
  periodKindOf,
} from '@/domain/periods';
import { formatValue } from '@/domain/format';
import { figureBasisOrder, type FigureBasis } from '@/domain/figure-basis';
import { figureLabel, measureOrder } from './figure-labels';

export type TrendPoint = { period: string; label: string } & Record<
  string,
  number | string | null | undefined
>;

export interface TrendSeries {
  key: string;
  measure: Measure;
  basis: FigureBasis;
  label: string;
  /** True when an annual figure is drawn across the months of its year. */
  isSpread: boolean;
  /** True when at least one figure is set for a single month or quarter (a profiled target). */
  isPhased: boolean;
}

export interface TrendData {
  points: TrendPoint[];
  series: TrendSeries[];
  /** Figures that exist but cannot be drawn on this axis (e.g. an annual outturn on a monthly chart). */
  offChart: Observation[];
  /**
   * Yearly levels of an additive unit (a count or money) on a monthly or quarterly axis: a year's
   * total beside a month's figure would look like a target missed twelvefold, so they are listed
   * instead of drawn.
   */
  yearlyTotals: Observation[];
  axisKind: 'month' | 'quarter' | 'year';
}

/** Bands and milestone words are not on a number scale; everything else is drawn. */
const UNDRAWN: ReadonlySet<Measure> = new Set(['band', 'milestone']);
const DRAWN: ReadonlySet<Measure> = new Set(measureOrder.filter((m) => !UNDRAWN.has(m)));
/** Levels that hold for a whole year, so they may be drawn across its months. */
const SPREADABLE: ReadonlySet<Measure> = new Set([
  'target',
  'floor',
  'expected',
  'target-without-stretch',
  'target-with-stretch',
]);
const MEASURED: ReadonlySet<Measure> = new Set(['actual', 'estimate', 'forecast']);
/** Units whose yearly figure is the sum of its months; the others (%, rates, days…) are levels. */
const ADDITIVE: ReadonlySet<MeasureUnit['type']> = new Set(['count', 'currency']);

export function isAdditive(unit: Pick<MeasureUnit, 'type'>): boolean {
  return ADDITIVE.has(unit.type);
}

export function seriesKey(measure: Measure, basis: FigureBasis): string {
  return basis === 'period' ? measure : `${measure}__${basis}`;
}

function fillGaps(periods: string[], limit = 600): string[] {
  const sorted = [...new Set(periods)].sort(comparePeriodIds);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return [];
  const kinds = new Set(sorted.map(periodKindOf));
  if (kinds.size !== 1) return sorted;
  const filled: string[] = [first];
  let current: string | null = first;
  while (current !== null && current !== last && filled.length < limit) {
    current = nextPeriodId(current);
    if (current !== null) filled.push(current);
  }
  return current === last ? filled : sorted;
}

export function buildTrendData(
  observations: readonly Observation[],
  unit: Pick<MeasureUnit, 'type'>,
): TrendData {
  const drawn = observations.filter((o) => o.value !== null && DRAWN.has(o.measure));
  const measuredKinds = new Set(
    drawn.filter((o) => MEASURED.has(o.measure)).map((o) => periodKindOf(o.period)),
  );
  const axisKind: TrendData['axisKind'] = measuredKinds.has('month')
    ? 'month'
    : measuredKinds.has('quarter')
      ? 'quarter'
      : 'year';
  const isFine = axisKind !== 'year';
  const onAxis = (period: string) => {
    const kind = periodKindOf(period);
    return isFine ? kind === axisKind : kind !== 'month' && kind !== 'quarter';
  };

  const axis = fillGaps(drawn.filter((o) => onAxis(o.period)).map((o) => o.period));
  const points: TrendPoint[] = axis.map((period) => ({ period, label: formatPeriod(period) }));
  const byPeriod = new Map(points.map((point) => [point.period, point]));
  const series = new Map<string, TrendSeries>();
  const offChart: Observation[] = [];
  const yearlyTotals: Observation[] = [];
  const spreads = isFine && !isAdditive(unit);
  const ensure = (o: Observation) => {
    const key = seriesKey(o.measure, o.basis);
    const existing = series.get(key);
    if (existing) return existing;
    const created: TrendSeries = {
      key,
      measure: o.measure,
      basis: o.basis,
      label: figureLabel(o.measure, o.basis),
      isSpread: false,
      isPhased: false,
    };
    series.set(key, created);
    return created;
  };

  // Exact-period figures first, so a phased monthly target wins over its year's annual target.
  for (const o of drawn) {
    if (!onAxis(o.period)) continue;
    const point = byPeriod.get(o.period);
    if (!point) continue;
    const entry = ensure(o);
    point[entry.key] = o.value;
    if (isFine) entry.isPhased = true;
  }
  for (const o of drawn) {
    if (onAxis(o.period)) continue;
    const isLevel = isFine && SPREADABLE.has(o.measure);
    const covered = isLevel ? points.filter((p) => periodContains(o.period, p.period)) : [];
    if (covered.length > 0 && !spreads) {
      yearlyTotals.push(o);
      continue;
    }
    if (covered.length === 0) {
      offChart.push(o);
      continue;
    }
    const entry = ensure(o);
    entry.isSpread = true;
    for (const point of covered) {
      if (point[entry.key] === undefined) point[entry.key] = o.value;
    }
  }

  const order = (s: TrendSeries) =>
    measureOrder.indexOf(s.measure) * 10 + figureBasisOrder(s.basis);
  const list = [...series.values()].sort((a, b) => order(a) - order(b));
  for (const entry of list) {
    if (entry.measure === 'target' && entry.isPhased && isFine)
      entry.label = `${entry.label}, phased`;
  }
  return { points, series: list, offChart, yearlyTotals, axisKind };
}

function describeFigure(o: Observation, unit: MeasureUnit): string {
  return `${figureLabel(o.measure, o.basis)} ${formatPeriod(o.period)} ${formatValue(o.value, unit)}`;
}

/** The caption sentence naming what the chart leaves out and why; null when everything is drawn. */
export function describeOffChart(data: TrendData, unit: MeasureUnit): string | null {
  const parts = data.offChart.map((o) => describeFigure(o, unit));
  const totals = data.yearlyTotals.map((o) => describeFigure(o, unit));
  const last = totals.pop();
  if (last !== undefined) {
    const listed = totals.length > 0 ? `${totals.join('; ')} and ${last}` : last;
    const what = totals.length > 0 ? 'yearly totals' : 'a yearly total';
    parts.push(`${listed} (${what}, not comparable with a ${data.axisKind})`);
  }
  return parts.length > 0 ? `Not drawn on this chart (see the table): ${parts.join('; ')}.` : null;
}

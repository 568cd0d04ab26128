/**
 * Direction of travel, always judged with polarity: 'improving', never just 'up'.
 */
import { formatValue, type UnitInput } from './format';
import { comparePeriodIds, formatPeriod } from './periods';
import { comparePerformance, describePolarity } from './polarity';
import type { Direction, DirectionOfTravel, PolarityKind } from './types';

export interface DirectionPoint {
  period: string;
  value: number | null;
}

export interface DirectionLabels {
  /** Formats the figures in the reason; plain numbers without it. */
  unit?: UnitInput | undefined;
  /** What the comparison is with, for 'not comparable' reasons: 'the previous month', 'the same month last year'. */
  comparison?: string | undefined;
  /** Words for the earlier figure when it is not a period of the same kind: "last year's outturn". */
  previousAs?: string | undefined;
}

const WORD: Record<Direction, string> = {
  improving: 'Improving',
  worsening: 'Worsening',
  'no-change': 'No change',
  'not-comparable': 'Not comparable',
};

/** The direction as a word: 'Improving', 'Worsening', 'No change', 'Not comparable'. */
export function directionLabel(direction: Direction): string {
  return WORD[direction];
}

function fmt(value: number, labels: DirectionLabels): string {
  return labels.unit === undefined
    ? formatValue(value, { type: 'count' })
    : formatValue(value, labels.unit);
}

function result(direction: Direction, detail: string, comparedWith?: string): DirectionOfTravel {
  const reason = `${WORD[direction]}: ${detail}`;
  return comparedWith === undefined ? { direction, reason } : { direction, reason, comparedWith };
}

/**
 * Compares the current figure with an earlier one (previous period, or the same period last year).
 * "Improving: 67% in May 2012, up from 60% in April 2012 (higher is better)".
 */
export function directionBetween(
  current: DirectionPoint | null,
  previous: DirectionPoint | null,
  polarity: PolarityKind,
  labels: DirectionLabels = {},
): DirectionOfTravel {
  const against = labels.comparison ?? 'an earlier period';
  if (current === null || current.value === null) {
    const when = current === null ? '' : ` for ${formatPeriod(current.period)}`;
    return result('not-comparable', `no current figure${when}`, previous?.period);
  }
  const now = `${fmt(current.value, labels)} in ${formatPeriod(current.period)}`;
  if (previous === null)
    return result('not-comparable', `${now}; no figure for ${against} to compare with`);
  if (previous.value === null) {
    return result(
      'not-comparable',
      `${now}; no figure for ${formatPeriod(previous.period)}`,
      previous.period,
    );
  }
  const then =
    labels.previousAs === undefined
      ? `${fmt(previous.value, labels)} in ${formatPeriod(previous.period)}`
      : `${labels.previousAs} of ${fmt(previous.value, labels)} (${formatPeriod(previous.period)})`;
  const moved =
    current.value > previous.value
      ? 'up from'
      : current.value < previous.value
        ? 'down from'
        : 'the same as';
  const movement =
    current.value === previous.value
      ? labels.previousAs === undefined
        ? `${now}, the same as in ${formatPeriod(previous.period)}`
        : `${now}, the same as ${then}`
      : `${now}, ${moved} ${then}`;
  if (current.value === previous.value) return result('no-change', movement, previous.period);
  const c = comparePerformance(current.value, previous.value, polarity);
  if (c === null)
    return result(
      'not-comparable',
      `${movement}, but ${describePolarity(polarity)}`,
      previous.period,
    );
  return result(
    c > 0 ? 'improving' : 'worsening',
    `${movement} (${describePolarity(polarity)})`,
    previous.period,
  );
}

/** Least-squares slope of values against their position: robust to one odd month in the middle. */
function slope(values: readonly number[]): number {
  const n = values.length;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((s, v) => s + v, 0) / n;
  let num = 0;
  let den = 0;
  values.forEach((v, i) => {
    num += (i - meanX) * (v - meanY);
    den += (i - meanX) ** 2;
  });
  return den === 0 ? 0 : num / den;
}

/** Changes smaller than this share of the typical size of the figures count as no change. */
const TREND_NO_CHANGE_SHARE = 0.005;

/**
 * The trend over the last `n` figures with a value (at least two), by the least-squares line through them:
 * "Improving: trend over the last 6 figures, from 60% in December 2011 to 67% in May 2012 (higher is better)".
 * The fitted change across the window must exceed 0.5% of the figures' mean size to count as movement.
 */
export function trendOver(
  points: readonly DirectionPoint[],
  polarity: PolarityKind,
  n: number,
  labels: DirectionLabels = {},
): DirectionOfTravel {
  const known = points
    .filter(
      (p): p is { period: string; value: number } => p.value !== null && Number.isFinite(p.value),
    )
    .sort((a, b) => comparePeriodIds(a.period, b.period));
  const window = known.slice(-Math.max(2, Math.floor(n)));
  const first = window[0];
  const last = window[window.length - 1];
  if (first === undefined || last === undefined || window.length < 2) {
    return result('not-comparable', `fewer than two figures to show a trend`);
  }
  const values = window.map((p) => p.value);
  const fitted = slope(values) * (values.length - 1);
  const scale = values.reduce((s, v) => s + Math.abs(v), 0) / values.length;
  const span = `trend over the last ${window.length} figures, from ${fmt(first.value, labels)} in ${formatPeriod(first.period)} to ${fmt(last.value, labels)} in ${formatPeriod(last.period)}`;
  if (Math.abs(fitted) <= scale * TREND_NO_CHANGE_SHARE)
    return result('no-change', `${span}, broadly flat`, first.period);
  const c = comparePerformance(fitted, 0, polarity);
  const way = fitted > 0 ? 'rising' : 'falling';
  if (c === null)
    return result(
      'not-comparable',
      `${span}, ${way}, but ${describePolarity(polarity)}`,
      first.period,
    );
  return result(
    c > 0 ? 'improving' : 'worsening',
    `${span}, ${way} (${describePolarity(polarity)})`,
    first.period,
  );
}

/**
 * The gap to the next target. Business plans print an actual, an estimate for the year just
 * ending and a target for the coming year: the figure and the target are for different years, so
 * no status can honestly be given. What a manager can use is the distance still to go and the
 * change needed each period to get there, labelled as such. A status comes only when like is
 * compared with like (a figure and a target for the same period and basis).
 */
import { formatDifference, formatValue, type UnitInput } from './format';
import {
  comparePeriodIds,
  endsByPeriod,
  formatPeriod,
  nextPeriodId,
  periodKindOf,
} from './periods';
import { describePolarity } from './polarity';
import type { AssessableIndicator, AssessableObservation } from './assess';
import { rate } from './rating';
import type { Rating } from './types';

export interface GapToTarget {
  /** The figure the gap is measured from (the latest actual or estimate). */
  from: { period: string; measure: string; value: number };
  target: { period: string; value: number };
  /** Target minus figure, in the indicator's unit. */
  gap: number;
  /** Periods of the figure's kind from the figure to the target (0 when the same period). */
  periods: number;
  /** The change needed each period to reach the target; null when `periods` is 0. */
  changePerPeriod: number | null;
  /** The noun for one period ('year', 'month'). */
  periodNoun: string;
  /** True only when the figure and the target are for the same period and basis. */
  likeForLike: boolean;
  /** The status, only when like is compared with like; otherwise null. */
  rating: Rating | null;
  /** One plain sentence: 'Gap to the 2008/09 target of 98%: …'. */
  summary: string;
}

const FIGURE_MEASURES = ['actual', 'estimate'] as const;
const PERIOD_NOUN: Record<string, string> = {
  month: 'month',
  quarter: 'quarter',
  'financial-year': 'year',
  'calendar-year': 'year',
  'academic-year': 'year',
};
/** Plans look at most a few years ahead; this bounds the walk between period ids. */
const MAX_STEPS = 240;

const basisOf = (o: AssessableObservation) => o.basis ?? 'period';

function stepsBetween(from: string, to: string): number | null {
  if (periodKindOf(from) !== periodKindOf(to)) return null;
  let current: string | null = from;
  for (let steps = 0; steps <= MAX_STEPS && current !== null; steps += 1) {
    if (current === to) return steps;
    current = nextPeriodId(current);
  }
  return null;
}

function latestFigure(
  observations: readonly AssessableObservation[],
  asAt: string | null | undefined,
): (AssessableObservation & { value: number }) | null {
  const figures = observations
    .filter((o): o is AssessableObservation & { value: number } => o.value !== null)
    .filter((o) => (FIGURE_MEASURES as readonly string[]).includes(o.measure))
    .filter((o) => basisOf(o) === 'period' || basisOf(o) === 'cumulative')
    .filter((o) => asAt === undefined || asAt === null || endsByPeriod(o.period, asAt))
    // Latest period first; an actual beats an estimate for the same period.
    .sort(
      (a, b) =>
        comparePeriodIds(b.period, a.period) ||
        FIGURE_MEASURES.indexOf(a.measure as 'actual') -
          FIGURE_MEASURES.indexOf(b.measure as 'actual'),
    );
  return figures[0] ?? null;
}

function direction(gap: number, unit: UnitInput): string {
  if (gap === 0) return 'no change';
  return `${gap > 0 ? 'a rise' : 'a fall'} of ${formatDifference(gap, unit)}`;
}

/**
 * The gap from the latest actual or estimate to the first target set for its period or later.
 * Null when there is no such figure or target.
 */
export function gapToNextTarget(
  indicator: AssessableIndicator,
  observations: readonly AssessableObservation[],
  asAt?: string | null,
): GapToTarget | null {
  const figure = latestFigure(observations, asAt);
  if (figure === null) return null;
  const target = observations
    .filter((o): o is AssessableObservation & { value: number } => o.value !== null)
    .filter((o) => o.measure === 'target' && !endsByPeriod(o.period, figure.period))
    .concat(
      observations.filter(
        (o): o is AssessableObservation & { value: number } =>
          o.measure === 'target' &&
          o.value !== null &&
          o.period === figure.period &&
          basisOf(o) === basisOf(figure),
      ),
    )
    .sort((a, b) => comparePeriodIds(a.period, b.period))[0];
  if (target === undefined) return null;

  const unit = indicator.unit;
  const gap = target.value - figure.value;
  const likeForLike = target.period === figure.period && basisOf(target) === basisOf(figure);
  const periods = stepsBetween(figure.period, target.period);
  // A month's figure against a year's target is not a distance to travel (the year has not
  // been reported); the phased-target rules in assess deal with that case.
  if (periods === null) return null;
  const changePerPeriod = periods === 0 ? null : gap / periods;
  const periodNoun = PERIOD_NOUN[periodKindOf(figure.period) ?? ''] ?? 'period';
  const rating = likeForLike
    ? rate({
        rule: indicator.rule,
        polarity: indicator.polarity,
        unit,
        kind: indicator.kind,
        actual: figure.value,
        target: target.value,
        periodLabel: formatPeriod(figure.period),
      })
    : null;

  const fig = `the ${formatPeriod(figure.period)} ${figure.measure} of ${formatValue(figure.value, unit)}`;
  const head = `Gap to the ${formatPeriod(target.period)} target of ${formatValue(target.value, unit)}: ${direction(gap, unit)} from ${fig}`;
  const pace =
    changePerPeriod === null || gap === 0
      ? ''
      : periods === 1
        ? `, all of it in one ${periodNoun}`
        : `, ${formatDifference(changePerPeriod, unit)} a ${periodNoun} over ${periods} ${periodNoun}s`;
  const polarity = indicator.polarity === 'unknown' ? ` (${describePolarity('unknown')})` : '';
  const caveat = likeForLike
    ? ''
    : '. Not a status: the figure and the target are for different periods';
  return {
    from: { period: figure.period, measure: figure.measure, value: figure.value },
    target: { period: target.period, value: target.value },
    gap,
    periods,
    changePerPeriod,
    periodNoun,
    likeForLike,
    rating,
    summary: `${head}${pace}${polarity}${caveat}.`,
  };
}

/**
 * Which way an indicator is going: against the previous period, the same period last year or last
 * year's outturn, and its trend; and the previous year's figure the dashboard prints beside it.
 */
import { directionBetween, trendOver, type DirectionPoint } from './direction';
import {
  comparePeriodIds,
  financialYearOf,
  periodKindOf,
  previousPeriodId,
  samePeriodLastYearId,
  type PeriodKind,
} from './periods';
import type { FigureBasis } from './figure-basis';
import type { DirectionOfTravel } from './types';
import type { AssessableIndicator, AssessableObservation } from './assess';
import { basisOf, isAdditive, last, seriesAsAt } from './assess-series';

const KIND_NOUN: Record<PeriodKind, string> = {
  month: 'month',
  quarter: 'quarter',
  'financial-year': 'year',
  'calendar-year': 'year',
  'academic-year': 'academic year',
};

/**
 * Last year's outturn, when a month's figure can be compared with it like for like: a percentage,
 * rate or time (not a count that adds up over the months), or a rolling 12-month or running total.
 * The 2012 dashboard prints it as 'Previous year' beside the first months of a year.
 */
function lastYearOutturn(
  indicator: AssessableIndicator,
  allActuals: readonly AssessableObservation[],
  latest: AssessableObservation,
): AssessableObservation | null {
  const basis = basisOf(latest);
  const comparable =
    !isAdditive(indicator.unit) || basis === 'rolling-12' || basis === 'cumulative';
  const year = financialYearOf(latest.period);
  if (!comparable || year === null || year === latest.period || basis === 'ytd') return null;
  const lastYear = previousPeriodId(year);
  return (
    allActuals.find(
      (o) =>
        o.period === lastYear &&
        o.value !== null &&
        (basisOf(o) === basis || basisOf(o) === 'period'),
    ) ?? null
  );
}

/**
 * Against the previous period of the same kind, or the latest earlier figure when that one is
 * absent, or else last year's outturn where that compares like with like.
 */
export function directionFor(
  indicator: AssessableIndicator,
  run: readonly AssessableObservation[],
  latest: AssessableObservation | null,
  allActuals: readonly AssessableObservation[] = [],
): DirectionOfTravel {
  if (latest === null)
    return directionBetween(null, null, indicator.polarity, { unit: indicator.unit });
  const kind = periodKindOf(latest.period);
  const comparison = `the previous ${kind === null ? 'period' : KIND_NOUN[kind]}`;
  const previousId = previousPeriodId(latest.period);
  const earlier = run.filter(
    (o) => comparePeriodIds(o.period, latest.period) < 0 && o.value !== null,
  );
  const sameKind = run.find((o) => o.period === previousId && o.value !== null) ?? last(earlier);
  const outturn = sameKind === null ? lastYearOutturn(indicator, allActuals, latest) : null;
  const previous = sameKind ?? outturn;
  const point = (o: AssessableObservation): DirectionPoint => ({
    period: o.period,
    value: o.value,
  });
  return directionBetween(
    point(latest),
    previous === null ? null : point(previous),
    indicator.polarity,
    {
      unit: indicator.unit,
      comparison,
      ...(outturn === null ? {} : { previousAs: 'last year’s outturn' }),
    },
  );
}

/** The outturn for the year before the one `asAt` falls in (Kent's 'Previous year' column). */
export function previousYearFigure(
  actuals: readonly AssessableObservation[],
  asAt: string | null,
  basis: FigureBasis | null,
): AssessableObservation | null {
  if (asAt === null) return null;
  const year = financialYearOf(asAt);
  const wanted = year === null ? samePeriodLastYearId(asAt) : previousPeriodId(year);
  if (wanted === null) return null;
  const matches = actuals.filter((o) => o.period === wanted);
  return (
    matches.find((o) => basisOf(o) === basis) ??
    matches.find((o) => basisOf(o) === 'period') ??
    matches[0] ??
    null
  );
}

export interface DirectionsOfTravel {
  /** Against the previous period of the same kind (or the latest earlier figure). */
  previousPeriod: DirectionOfTravel;
  /** Against the same period a year earlier. */
  samePeriodLastYear: DirectionOfTravel;
  /** The least-squares trend over the last `points` figures. */
  trend: DirectionOfTravel;
}

/** All three directions of travel for the latest figure (the indicator page shows them side by side). */
export function directionsOfTravel(
  indicator: AssessableIndicator,
  observations: readonly AssessableObservation[],
  asAt?: string | null,
  points = 6,
): DirectionsOfTravel {
  const { run, latest, ytdRun, latestYtd, allActuals } = seriesAsAt(indicator, observations, asAt);
  const current = latest ?? latestYtd;
  const currentRun = latest !== null ? run : ytdRun;
  const labels = { unit: indicator.unit };
  const lastYearId = current === null ? null : samePeriodLastYearId(current.period);
  const lastYear = currentRun.find((o) => o.period === lastYearId) ?? null;
  const kind = current === null ? null : periodKindOf(current.period);
  return {
    previousPeriod: directionFor(indicator, currentRun, current, allActuals),
    samePeriodLastYear: directionBetween(
      current === null ? null : { period: current.period, value: current.value },
      lastYear === null ? null : { period: lastYear.period, value: lastYear.value },
      indicator.polarity,
      { ...labels, comparison: `the same ${kind === null ? 'period' : KIND_NOUN[kind]} last year` },
    ),
    trend: trendOver(
      currentRun.map((o) => ({ period: o.period, value: o.value })),
      indicator.polarity,
      points,
      labels,
    ),
  };
}

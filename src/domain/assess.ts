/**
 * One indicator's status as at a period: the row every dashboard table shows.
 * Picks the figures that apply (latest actual, year to date, forecast, the target and floor for
 * that period, expected level, previous year), rates them and says which way they are going.
 */
import { formatPeriod } from './periods';
import type { UnitInput } from './format';
import {
  notRated,
  rate,
  type IndicatorKindInput,
  type RatingInput,
  type RatingRuleInput,
} from './rating';
import type { TargetProfileInput } from './profile';
import type { FigureBasis } from './figure-basis';
import type { DirectionOfTravel, PolarityKind, Rating } from './types';
import { applicable, basisOf, byPeriod, forecastFor, seriesAsAt } from './assess-series';
import { activityRating, rateFigure } from './assess-rating';
import { directionFor, previousYearFigure } from './assess-direction';

export { directionsOfTravel, type DirectionsOfTravel } from './assess-direction';
export { publishedChecks, publishedRatingAgrees, type PublishedCheck } from './published-checks';

/** Structurally the dataset's Indicator (src/data's type satisfies it). */
export interface AssessableIndicator {
  id: string;
  kind: IndicatorKindInput;
  polarity: PolarityKind;
  unit: UnitInput;
  frequency: string;
  rule: RatingRuleInput;
  /** How a year's target is phased over its months, when stated. */
  profile?: TargetProfileInput | undefined;
  /**
   * Monthly profiles administrators set, by financial year (`2012/13`): twelve shares, April to
   * March. A year's set profile is used instead of `profile`.
   */
  setProfiles?: Readonly<Record<string, readonly number[]>> | undefined;
}

/** Structurally the dataset's Observation. Pass one area's observations for the indicator. */
export interface AssessableObservation {
  period: string;
  basis?: FigureBasis | undefined;
  measure: string;
  value: number | null;
  printed?: string | undefined;
  missing?: { reason: string; text: string } | undefined;
  text?: string | undefined;
  publishedRag?: 'green' | 'amber' | 'red' | undefined;
}

/** A figure as the API's figureSchema carries it. */
export interface AssessedFigure {
  period: string;
  basis: FigureBasis;
  value: number | null;
  printed?: string;
  missing?: { reason: string; text: string };
  publishedRag?: 'green' | 'amber' | 'red';
}

/** Exactly the fields of the API's indicatorRowSchema except indicator, commentaryCount and noteCount. */
export interface IndicatorAssessment {
  asAt: string | null;
  latest: AssessedFigure | null;
  latestRating: Rating;
  ytd: AssessedFigure | null;
  ytdRating: Rating | null;
  forecast: AssessedFigure | null;
  forecastRating: Rating | null;
  target: AssessedFigure | null;
  floor: AssessedFigure | null;
  expected: AssessedFigure | null;
  previousYear: AssessedFigure | null;
  direction: DirectionOfTravel;
  trend: { period: string; value: number }[];
}

function toFigure(o: AssessableObservation): AssessedFigure {
  const figure: AssessedFigure = { period: o.period, basis: basisOf(o), value: o.value };
  // Words such as 'on course' travel in `printed`, the only text a figure carries.
  const printed = o.printed ?? o.text;
  if (printed !== undefined) figure.printed = printed;
  if (o.missing !== undefined) figure.missing = { reason: o.missing.reason, text: o.missing.text };
  if (o.publishedRag !== undefined) figure.publishedRag = o.publishedRag;
  return figure;
}

/**
 * Assesses one indicator for one area as at a period (default: its latest actual).
 * Only figures ending at or before `asAt` count as actuals; the forecast is the one for the period containing it.
 */
export function assessIndicator(
  indicator: AssessableIndicator,
  observations: readonly AssessableObservation[],
  asAt?: string | null,
): IndicatorAssessment {
  const {
    usable,
    allActuals,
    asAt: resolvedAsAt,
    basis,
    run,
    latest,
    ytdRun,
    latestYtd,
  } = seriesAsAt(indicator, observations, asAt);
  const hasYtdSeries = allActuals.some((o) => basisOf(o) === 'ytd');
  const forecast = forecastFor(usable, resolvedAsAt);

  const reference = latest ?? latestYtd;
  const referencePeriod = reference?.period ?? forecast?.period ?? resolvedAsAt;
  const referenceBasis = reference === null ? 'period' : basisOf(reference);
  const find = (measure: string): AssessableObservation | null => {
    if (referencePeriod === null)
      return usable.filter((o) => o.measure === measure).sort(byPeriod)[0] ?? null;
    const own =
      applicable(usable, measure, referencePeriod, referenceBasis, indicator.unit)?.observation ??
      null;
    if (own !== null || forecast === null) return own;
    return (
      applicable(usable, measure, forecast.period, basisOf(forecast), indicator.unit)
        ?.observation ?? null
    );
  };
  const expected = find('expected');

  let latestRating: Rating;
  if (indicator.rule.type === 'not-rated')
    latestRating = rate({ ...ratingBase(indicator), actual: null });
  else if (indicator.kind === 'activity')
    latestRating = activityRating(indicator, latest ?? latestYtd, expected);
  else if (latest === null) {
    latestRating = notRated(
      'no-data',
      indicator.rule.type,
      resolvedAsAt === null
        ? 'no figures yet'
        : `no figure for ${formatPeriod(resolvedAsAt)} or before`,
    );
  } else latestRating = rateFigure(indicator, usable, latest);

  let ytdRating: Rating | null = null;
  if (hasYtdSeries) {
    if (indicator.rule.type === 'not-rated') ytdRating = latestRating;
    else if (indicator.kind === 'activity')
      ytdRating = activityRating(indicator, latestYtd, expected);
    else if (latestYtd === null)
      ytdRating = notRated('no-data', indicator.rule.type, 'no year-to-date figure yet');
    else
      ytdRating = rateFigure(indicator, usable, latestYtd, { actualLabel: 'year-to-date figure' });
  }

  let forecastRating: Rating | null = null;
  if (forecast !== null) {
    forecastRating =
      indicator.kind === 'activity'
        ? activityRating(indicator, forecast, expected)
        : rateFigure(indicator, usable, forecast, { actualLabel: forecast.measure });
  }

  const directionRun = latest !== null ? run : ytdRun;
  const trend = run
    .filter((o): o is AssessableObservation & { value: number } => o.value !== null)
    .map((o) => ({ period: o.period, value: o.value }));
  const target = find('target');
  const floor = find('floor');
  const previousYear = previousYearFigure(allActuals, resolvedAsAt, basis);

  return {
    asAt: resolvedAsAt,
    latest: latest === null ? null : toFigure(latest),
    latestRating,
    ytd: latestYtd === null ? null : toFigure(latestYtd),
    ytdRating,
    forecast: forecast === null ? null : toFigure(forecast),
    forecastRating,
    target: target === null ? null : toFigure(target),
    floor: floor === null ? null : toFigure(floor),
    expected: expected === null ? null : toFigure(expected),
    previousYear: previousYear === null ? null : toFigure(previousYear),
    direction: directionFor(indicator, directionRun, latest ?? latestYtd, allActuals),
    trend,
  };
}

function ratingBase(indicator: AssessableIndicator): Omit<RatingInput, 'actual'> {
  return {
    rule: indicator.rule,
    polarity: indicator.polarity,
    unit: indicator.unit,
    kind: indicator.kind,
  };
}

/**
 * One indicator's status as at a period: the row every dashboard table shows.
 * Picks the figures that apply (latest actual, year to date, forecast, the target and floor for
 * that period, expected level, previous year), rates them and says which way they are going.
 */
import { directionBetween, trendOver, type DirectionPoint } from './direction';
import {
  comparePeriodIds,
  endsByPeriod,
  financialYearOf,
  formatPeriod,
  isPeriodId,
  periodContains,
  periodKindOf,
  previousPeriodId,
  samePeriodLastYearId,
  type PeriodKind,
} from './periods';
import { formatValue, type UnitInput } from './format';
import {
  notRated,
  rate,
  type IndicatorKindInput,
  type RatingInput,
  type RatingRuleInput,
} from './rating';
import { phaseTargets, type PhasedTargets, type TargetProfileInput } from './profile';
import { phaseByShares } from './set-profiles';
import type { FigureBasis } from './figure-basis';
import type { DirectionOfTravel, PolarityKind, Rating } from './types';

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

const basisOf = (o: AssessableObservation): FigureBasis => o.basis ?? 'period';
const byPeriod = (a: AssessableObservation, b: AssessableObservation) =>
  comparePeriodIds(a.period, b.period);

function toFigure(o: AssessableObservation): AssessedFigure {
  const figure: AssessedFigure = { period: o.period, basis: basisOf(o), value: o.value };
  // Words such as 'on course' travel in `printed`, the only text a figure carries.
  const printed = o.printed ?? o.text;
  if (printed !== undefined) figure.printed = printed;
  if (o.missing !== undefined) figure.missing = { reason: o.missing.reason, text: o.missing.text };
  if (o.publishedRag !== undefined) figure.publishedRag = o.publishedRag;
  return figure;
}

function last<T>(items: readonly T[]): T | null {
  return items.length === 0 ? null : (items[items.length - 1] ?? null);
}

const FREQUENCY_KIND: Record<string, PeriodKind> = {
  monthly: 'month',
  quarterly: 'quarter',
  annual: 'financial-year',
  'academic-year': 'academic-year',
};

/**
 * The actuals of one basis as a single series of one period kind: the kind the indicator is
 * reported at if it has figures of that kind, else the kind of its latest figure. A previous
 * year's outturn beside monthly figures must not become 'the previous month'.
 */
function series(
  actuals: readonly AssessableObservation[],
  basis: FigureBasis,
  frequency: string,
): AssessableObservation[] {
  const ofBasis = actuals.filter((o) => basisOf(o) === basis).sort(byPeriod);
  const latest = last(ofBasis);
  if (latest === null) return [];
  const preferred = FREQUENCY_KIND[frequency];
  const kinds = new Set(ofBasis.map((o) => periodKindOf(o.period)));
  const kind =
    preferred !== undefined && kinds.has(preferred) ? preferred : periodKindOf(latest.period);
  return ofBasis.filter((o) => periodKindOf(o.period) === kind);
}

/** Counts and money add up over months; a month's count cannot be judged against a year's target. */
function isAdditive(unit: UnitInput): boolean {
  return unit.type === 'count' || unit.type === 'currency';
}

interface Applicable {
  observation: AssessableObservation;
  /** True when the figure is for the rated period itself (a phased target), not its whole year. */
  samePeriod: boolean;
}

/**
 * The target (floor, expected level…) that applies to a figure: one for the period itself if phased,
 * else one for the financial year containing it. Same basis first; another basis only where the unit
 * does not add up over time.
 */
function applicable(
  observations: readonly AssessableObservation[],
  measure: string,
  period: string,
  basis: FigureBasis,
  unit: UnitInput,
): Applicable | null {
  const candidates = observations.filter((o) => o.measure === measure);
  const pick = (p: string): AssessableObservation | null => {
    const atPeriod = candidates.filter((o) => o.period === p);
    const sameBasis = atPeriod.find((o) => basisOf(o) === basis);
    if (sameBasis !== undefined) return sameBasis;
    if (isAdditive(unit) && p === period) return null;
    return atPeriod.find((o) => basisOf(o) === 'period') ?? atPeriod[0] ?? null;
  };
  const own = pick(period);
  if (own !== null) return { observation: own, samePeriod: true };
  const year = financialYearOf(period);
  if (year !== null && year !== period) {
    const yearly = pick(year);
    if (yearly !== null) return { observation: yearly, samePeriod: false };
  }
  return null;
}

/** The stretch targets LPSA figures are judged against: for the period, its year, or the next one set. */
function stretchTarget(
  observations: readonly AssessableObservation[],
  measure: string,
  period: string,
  basis: FigureBasis,
  unit: UnitInput,
): AssessableObservation | null {
  const found = applicable(observations, measure, period, basis, unit);
  if (found !== null) return found.observation;
  return (
    observations
      .filter((o) => o.measure === measure && !endsByPeriod(o.period, period))
      .sort(byPeriod)[0] ?? null
  );
}

function numeric(o: AssessableObservation | null | undefined): number | null {
  return o?.value ?? null;
}

interface RateFigureOptions {
  actualLabel?: string;
}

/** Rates one figure (latest, year to date or forecast) against whatever applies to its period. */
function rateFigure(
  indicator: AssessableIndicator,
  observations: readonly AssessableObservation[],
  figure: AssessableObservation,
  options: RateFigureOptions = {},
): Rating {
  const basis = basisOf(figure);
  const target = applicable(observations, 'target', figure.period, basis, indicator.unit);
  const floor = applicable(observations, 'floor', figure.period, basis, indicator.unit);
  const periodLabel = formatPeriod(figure.period);
  const input: RatingInput = {
    rule: indicator.rule,
    polarity: indicator.polarity,
    unit: indicator.unit,
    kind: indicator.kind,
    actual: figure.value,
    text: figure.text ?? null,
    missing: figure.missing,
    periodLabel,
    actualLabel: options.actualLabel,
    target: numeric(target?.observation),
    floor: numeric(floor?.observation),
    targetMissing: target?.observation.missing,
    publishedRag: figure.publishedRag,
  };
  if (target !== null) {
    const targetPeriod = target.observation.period;
    const inYear =
      periodKindOf(targetPeriod) === 'month' || periodKindOf(targetPeriod) === 'quarter';
    input.targetLabel = !target.samePeriod
      ? `target for ${formatPeriod(targetPeriod)}`
      : inYear
        ? 'phased target'
        : 'target';
    const shorter = !target.samePeriod && basis !== 'rolling-12';
    if (
      shorter &&
      isAdditive(indicator.unit) &&
      indicator.kind !== 'activity' &&
      figure.value !== null
    ) {
      const unphased = notRated(
        'no-target',
        indicator.rule.type,
        `${formatValue(figure.value, indicator.unit)} for ${periodLabel}, but there is no phased target for it; the ${formatValue(
          target.observation.value,
          indicator.unit,
        )} target is for the whole of ${formatPeriod(targetPeriod)}`,
      );
      return rateByProfile(indicator, observations, figure, input, target.observation, unphased);
    }
  } else {
    input.targetLabel = `target for ${periodLabel}`;
    const later = observations
      .filter((o) => o.measure === 'target' && o.value !== null)
      .filter((o) => !endsByPeriod(o.period, figure.period))
      .sort(byPeriod)[0];
    if (later !== undefined) {
      input.laterTarget = `${formatValue(later.value, indicator.unit)} for ${formatPeriod(later.period)}`;
    }
  }
  if (indicator.rule.type === 'lpsa-stretch') {
    input.targetWithoutStretch = numeric(
      stretchTarget(observations, 'target-without-stretch', figure.period, basis, indicator.unit),
    );
    input.targetWithStretch = numeric(
      stretchTarget(observations, 'target-with-stretch', figure.period, basis, indicator.unit),
    );
  }
  if (indicator.rule.type === 'paf-bands') {
    input.publishedBand = numeric(
      observations.find(
        (o) => o.measure === 'band' && o.period === figure.period && basisOf(o) === basis,
      ),
    );
  }
  return rate(input);
}

/**
 * A month's count against a year's target: rated against the target phased by the profile an
 * administrator set for that year, else by the indicator's own profile when it has one. An assumed
 * profile's status says so and carries the status without it.
 */
function rateByProfile(
  indicator: AssessableIndicator,
  observations: readonly AssessableObservation[],
  figure: AssessableObservation,
  input: RatingInput,
  yearTarget: AssessableObservation,
  unphased: Rating,
): Rating {
  const profile = indicator.profile;
  const year = yearTarget.period;
  const setShares = indicator.setProfiles?.[year];
  if ((profile === undefined && setShares === undefined) || yearTarget.value === null) {
    return unphased;
  }
  const yearFloor = observations.find(
    (o) => o.measure === 'floor' && o.period === year && basisOf(o) === basisOf(yearTarget),
  );
  // What every phasing needs: the figure's month and basis, the year's target and floor.
  const phasing = {
    period: figure.period,
    basis: basisOf(figure),
    yearTarget: yearTarget.value,
    yearFloor: yearFloor?.value ?? null,
    unit: indicator.unit,
  };
  if (setShares !== undefined) {
    const phased = phaseByShares({ ...phasing, shares: setShares });
    return phased === null ? unphased : rateAgainstPhased(input, phased);
  }
  if (profile === undefined) return unphased;
  if (profile.shape === 'not-printed') {
    return { ...unphased, reason: `${unphased.reason}. ${profile.reason}` };
  }
  const lastYearId = previousPeriodId(year);
  const lastYear = observations.find(
    (o) => o.measure === 'actual' && o.period === lastYearId && o.value !== null,
  );
  const phased = phaseTargets({ ...phasing, profile, lastYear: lastYear?.value ?? null });
  if (phased === null) return unphased;
  const rated = rateAgainstPhased(input, phased);
  if (profile.source === 'paper') return rated;
  return { ...rated, assumption: profile.reason, withoutAssumption: unphased };
}

/** The figure rated against a phased target and floor; its reason says how they were phased. */
function rateAgainstPhased(input: RatingInput, phased: PhasedTargets): Rating {
  const rated = rate({
    ...input,
    target: phased.target,
    floor: phased.floor,
    targetLabel: phased.label,
  });
  return { ...rated, reason: `${rated.reason} (${phased.working})` };
}

function activityRating(
  indicator: AssessableIndicator,
  figure: AssessableObservation | null,
  expected: AssessableObservation | null,
): Rating {
  if (figure === null || figure.value === null) return notRated('activity', indicator.rule.type);
  const actual = `${formatValue(figure.value, indicator.unit)} for ${formatPeriod(figure.period)}`;
  const against =
    expected?.value === null || expected?.value === undefined
      ? ''
      : ` against an expected level of ${formatValue(expected.value, indicator.unit)} for ${formatPeriod(expected.period)}`;
  return notRated(
    'activity',
    indicator.rule.type,
    `activity indicator, not rated; ${actual}${against}`,
  );
}

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
function directionFor(
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
function previousYearFigure(
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

/**
 * A forecast for the period containing `asAt`, else the first one after it. Business plans print an
 * 'estimate' of the year's outturn instead; Kent rates it the same way, so it stands in when no forecast does.
 */
function forecastFor(
  observations: readonly AssessableObservation[],
  asAt: string | null,
): AssessableObservation | null {
  const printedForecasts = observations.filter((o) => o.measure === 'forecast');
  const forecasts = (
    printedForecasts.length > 0
      ? printedForecasts
      : observations.filter((o) => o.measure === 'estimate' && o.value !== null)
  ).sort(byPeriod);
  if (asAt === null) return last(forecasts);
  const containing = forecasts.filter((o) => periodContains(o.period, asAt));
  return containing[0] ?? forecasts.find((o) => !endsByPeriod(o.period, asAt)) ?? null;
}

/**
 * Milestone indicators may state their progress as a separate 'milestone' figure ('on track').
 * Its words join the actual for the same period, or stand as that period's figure when there is none.
 */
function withStatusWords(observations: readonly AssessableObservation[]): AssessableObservation[] {
  const actuals = observations.filter((o) => o.measure === 'actual');
  const merged = actuals.map((actual) => {
    if (actual.text !== undefined) return actual;
    const words = observations.find(
      (o) =>
        o.measure === 'milestone' &&
        o.period === actual.period &&
        basisOf(o) === basisOf(actual) &&
        o.text !== undefined,
    );
    return words === undefined ? actual : { ...actual, text: words.text };
  });
  const alone = observations.filter(
    (o) =>
      o.measure === 'milestone' &&
      o.text !== undefined &&
      !actuals.some((a) => a.period === o.period && basisOf(a) === basisOf(o)),
  );
  return [...merged, ...alone];
}

/**
 * The basis of the main series: whichever non-cumulative-from-April basis has the latest figure
 * (a rolling 12-month series beside last year's outturn is a rolling series), 'period' first on a tie.
 */
function primaryBasis(actuals: readonly AssessableObservation[]): FigureBasis | null {
  let best: { basis: FigureBasis; period: string } | null = null;
  for (const basis of ['period', 'rolling-12', 'cumulative'] as const) {
    const latest = last(actuals.filter((o) => basisOf(o) === basis).sort(byPeriod));
    if (latest === null) continue;
    if (best === null || !endsByPeriod(latest.period, best.period))
      best = { basis, period: latest.period };
  }
  return best?.basis ?? null;
}

interface Series {
  usable: AssessableObservation[];
  allActuals: AssessableObservation[];
  asAt: string | null;
  basis: FigureBasis | null;
  run: AssessableObservation[];
  latest: AssessableObservation | null;
  ytdRun: AssessableObservation[];
  latestYtd: AssessableObservation | null;
}

/** The actuals as series (main basis and year to date), cut at `asAt` (default: the latest actual). */
function seriesAsAt(
  indicator: AssessableIndicator,
  observations: readonly AssessableObservation[],
  asAt: string | null | undefined,
): Series {
  const usable = observations.filter((o) => isPeriodId(o.period));
  const allActuals =
    indicator.rule.type === 'milestone'
      ? withStatusWords(usable)
      : usable.filter((o) => o.measure === 'actual');
  const resolvedAsAt =
    asAt !== undefined && asAt !== null && isPeriodId(asAt)
      ? asAt
      : (last([...allActuals].sort(byPeriod))?.period ?? null);
  const actuals = allActuals.filter(
    (o) => resolvedAsAt === null || endsByPeriod(o.period, resolvedAsAt),
  );
  const basis = primaryBasis(actuals);
  const run = basis === null ? [] : series(actuals, basis, indicator.frequency);
  const ytdRun = series(actuals, 'ytd', indicator.frequency);
  return {
    usable,
    allActuals,
    asAt: resolvedAsAt,
    basis,
    run,
    latest: last(run),
    ytdRun,
    latestYtd: last(ytdRun),
  };
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

/**
 * Whether our rating reproduces the RAG the paper published for the same figure:
 * null when nothing was published, so the data report can say 'reproduced n of N'.
 */
export function publishedRatingAgrees(
  rating: Pick<Rating, 'status'> | null,
  publishedRag: 'green' | 'amber' | 'red' | null | undefined,
): boolean | null {
  if (publishedRag === undefined || publishedRag === null) return null;
  return rating?.status === publishedRag;
}

export interface PublishedCheck {
  figure: 'latest' | 'ytd' | 'forecast';
  period: string;
  published: 'green' | 'amber' | 'red';
  computed: Rating;
  agrees: boolean;
}

/** Every figure in an assessment that carries a published RAG, with whether we reproduce it. */
export function publishedChecks(assessment: IndicatorAssessment): PublishedCheck[] {
  const pairs = [
    ['latest', assessment.latest, assessment.latestRating],
    ['ytd', assessment.ytd, assessment.ytdRating],
    ['forecast', assessment.forecast, assessment.forecastRating],
  ] as const;
  const checks: PublishedCheck[] = [];
  for (const [figure, value, computed] of pairs) {
    const published = value?.publishedRag;
    if (value === null || published === undefined || computed === null) continue;
    checks.push({
      figure,
      period: value.period,
      published,
      computed,
      agrees: computed.status === published,
    });
  }
  return checks;
}

/**
 * Which figures an assessment looks at: the actuals as a series of one basis and period kind, cut
 * at a period; the target, floor or expected level that applies to a figure; and the forecast.
 */
import {
  comparePeriodIds,
  endsByPeriod,
  financialYearOf,
  isPeriodId,
  periodContains,
  periodKindOf,
  type PeriodKind,
} from './periods';
import type { UnitInput } from './format';
import type { FigureBasis } from './figure-basis';
import type { AssessableIndicator, AssessableObservation } from './assess';

export const basisOf = (o: AssessableObservation): FigureBasis => o.basis ?? 'period';
export const byPeriod = (a: AssessableObservation, b: AssessableObservation) =>
  comparePeriodIds(a.period, b.period);

export function last<T>(items: readonly T[]): T | null {
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
export function series(
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
export function isAdditive(unit: UnitInput): boolean {
  return unit.type === 'count' || unit.type === 'currency';
}

export interface Applicable {
  observation: AssessableObservation;
  /** True when the figure is for the rated period itself (a phased target), not its whole year. */
  samePeriod: boolean;
}

/**
 * The target (floor, expected level…) that applies to a figure: one for the period itself if phased,
 * else one for the financial year containing it. Same basis first; another basis only where the unit
 * does not add up over time.
 */
export function applicable(
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

/**
 * A forecast for the period containing `asAt`, else the first one after it. Business plans print an
 * 'estimate' of the year's outturn instead; Kent rates it the same way, so it stands in when no forecast does.
 */
export function forecastFor(
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
export function withStatusWords(
  observations: readonly AssessableObservation[],
): AssessableObservation[] {
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
export function primaryBasis(actuals: readonly AssessableObservation[]): FigureBasis | null {
  let best: { basis: FigureBasis; period: string } | null = null;
  for (const basis of ['period', 'rolling-12', 'cumulative'] as const) {
    const latest = last(actuals.filter((o) => basisOf(o) === basis).sort(byPeriod));
    if (latest === null) continue;
    if (best === null || !endsByPeriod(latest.period, best.period))
      best = { basis, period: latest.period };
  }
  return best?.basis ?? null;
}

export interface Series {
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
export function seriesAsAt(
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

/**
 * Rating one figure of an indicator (latest, year to date or forecast) against the target and floor
 * that apply to its period, phasing a year's target by profile where a month's count needs it.
 */
import { endsByPeriod, formatPeriod, periodKindOf, previousPeriodId } from './periods';
import { formatValue, type UnitInput } from './format';
import { notRated, rate, type RatingInput } from './rating';
import { phaseTargets, type PhasedTargets } from './profile';
import { phaseByShares } from './set-profiles';
import type { FigureBasis } from './figure-basis';
import type { Rating } from './types';
import type { AssessableIndicator, AssessableObservation } from './assess';
import { applicable, basisOf, byPeriod, isAdditive } from './assess-series';

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
export function rateFigure(
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

export function activityRating(
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

/**
 * Target profiles: how a year's target is spread over its months. The 2012 dashboard phases some
 * targets "where improvement is expected to be delivered steadily" but does not print the phasing,
 * so a month's count cannot be judged against the year's target without one. A profile is stated
 * per indicator with its source: printed in the paper, or assumed by Ragstone (and then shown as an
 * assumption, with the status without it one step away).
 */
import type { FigureBasis } from './figure-basis';
import { formatValue, type UnitInput } from './format';
import { financialYearOf, financialYearToDateMonths, formatPeriod, periodKindOf } from './periods';

/** Structurally the dataset's target profile. */
export interface TargetProfileInput {
  /**
   * 'flat': the year's target spread evenly, a twelfth a month. 'straight-line-from-last-year':
   * a running total moving evenly from last year's outturn to the year's target. 'not-printed':
   * the paper phases the target but does not print how, and no honest assumption fits.
   */
  shape: 'flat' | 'straight-line-from-last-year' | 'not-printed';
  source: 'paper' | 'assumed';
  /** Why this shape (or why none is applied), in words for a performance manager. */
  reason: string;
}

export interface PhasedTargets {
  target: number;
  floor: number | null;
  /** 'the assumed flat-profile target for May 2012' */
  label: string;
  /** How the phased target was worked out: '30 × 2/12 = 5'. */
  working: string;
}

export interface PhaseInput {
  profile: TargetProfileInput;
  /** The month figure being rated and its basis. */
  period: string;
  basis: FigureBasis;
  yearTarget: number;
  yearFloor: number | null;
  /** Last year's outturn, for the straight-line profile. */
  lastYear: number | null;
  unit: UnitInput;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The target (and floor) for a month's figure under the profile; null when it does not apply. */
export function phaseTargets(input: PhaseInput): PhasedTargets | null {
  const { profile, period, basis, yearTarget, yearFloor, lastYear, unit } = input;
  if (profile.shape === 'not-printed' || periodKindOf(period) !== 'month') return null;
  if (basis === 'rolling-12') return null;
  const months = financialYearToDateMonths(period).length;
  const year = financialYearOf(period);
  if (months === 0 || year === null) return null;
  const assumed = profile.source === 'assumed' ? 'assumed ' : '';
  const f = (value: number) => formatValue(round(value), unit);
  if (profile.shape === 'flat') {
    // A single month's figure gets one twelfth; a total since April gets the months so far.
    const share = basis === 'period' ? 1 : months;
    const phase = (value: number) => (value * share) / 12;
    return {
      target: phase(yearTarget),
      floor: yearFloor === null ? null : phase(yearFloor),
      label: `${assumed}flat-profile target for ${basis === 'period' ? formatPeriod(period) : `April to ${formatPeriod(period)}`}`,
      working: `${f(yearTarget)} × ${share}/12 = ${f(phase(yearTarget))}`,
    };
  }
  if (lastYear === null) return null;
  const line = (value: number) => lastYear + ((value - lastYear) * months) / 12;
  return {
    target: line(yearTarget),
    floor: yearFloor === null ? null : line(yearFloor),
    label: `${assumed}straight-line target for ${formatPeriod(period)}`,
    working: `${f(lastYear)} last year + (${f(yearTarget)} − ${f(lastYear)}) × ${months}/12 = ${f(line(yearTarget))}`,
  };
}

/** Whose phasing a status may rest on: 'paper' keeps only what the paper's own figures support. */
export const PROFILE_CHOICES = ['paper'] as const;
export type ProfileChoice = (typeof PROFILE_CHOICES)[number];

interface AssumableRating {
  assumption?: string | undefined;
  withoutAssumption?: object | undefined;
}

/** A status as the paper's figures alone support it: the assumed profile taken away. */
function paperRating<R extends AssumableRating>(rating: R): R {
  // withoutAssumption is the same rating without the two assumption fields, which are optional.
  return rating.withoutAssumption === undefined ? rating : (rating.withoutAssumption as R);
}

/**
 * A row's statuses without Ragstone's assumed target profiles, so counts, filters and tables can
 * show what the papers alone support. Rows with no assumed profile come back unchanged.
 */
export function withoutAssumedProfiles<
  R extends AssumableRating,
  T extends { latestRating: R; ytdRating: R | null; forecastRating: R | null },
>(row: T): T {
  const assumed = [row.latestRating, row.ytdRating, row.forecastRating].some(
    (rating) => rating?.withoutAssumption !== undefined,
  );
  if (!assumed) return row;
  return {
    ...row,
    latestRating: paperRating(row.latestRating),
    ytdRating: row.ytdRating && paperRating(row.ytdRating),
    forecastRating: row.forecastRating && paperRating(row.forecastRating),
  };
}

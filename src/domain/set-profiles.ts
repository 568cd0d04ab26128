/**
 * Monthly profiles administrators set per financial year (issue 10): twelve shares of the year's
 * target, April to March, adding up to 100%. Kent's dashboard prints each month's figure and the
 * total since April, so a share per month answers both: a month's target is the year's times its
 * share, a total since April's the year's times the shares so far. A set profile replaces the
 * dataset's profile for that year (not an assumption: an administrator decided it).
 */
import type { FigureBasis } from './figure-basis';
import { formatValue, type UnitInput } from './format';
import {
  financialYearOf,
  financialYearToDateMonths,
  formatPeriod,
  MONTHS,
  periodKindOf,
} from './periods';
import type { PhasedTargets } from './profile';

/** The months of a financial year in order, as a profile lists them. */
export const PROFILE_MONTHS: readonly (typeof MONTHS)[number][] = [
  ...MONTHS.slice(3),
  ...MONTHS.slice(0, 3),
];

/** How far from 100% the shares may add up to, so twelve 8.33s (99.96%) are a flat profile. */
export const PROFILE_TOTAL_TOLERANCE = 0.1;

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

/** '8.5%' */
export const formatShare = (share: number): string => `${String(round(share))}%`;

/** The sum of the shares, rounded as people read it. */
export const profileTotal = (shares: readonly number[]): number =>
  round(shares.reduce((sum, share) => sum + share, 0));

/**
 * Why these shares are not a profile, naming the month (`index` 0 = April) or the whole; null when
 * they are one. Each share is 0–100%, and together they make 100% (within the tolerance).
 */
export function profileSharesProblem(
  shares: readonly number[],
): { index: number | null; message: string } | null {
  if (shares.length !== PROFILE_MONTHS.length) {
    return {
      index: null,
      message: `A profile has a share for each of the 12 months, April to March; this has ${String(shares.length)}.`,
    };
  }
  for (const [index, share] of shares.entries()) {
    const month = PROFILE_MONTHS[index] ?? 'A month';
    if (!Number.isFinite(share))
      return { index, message: `${month}: enter its share as a number.` };
    if (share < 0 || share > 100) {
      return {
        index,
        message: `${month}: a share is between 0% and 100%, not ${formatShare(share)}.`,
      };
    }
  }
  const total = profileTotal(shares);
  if (Math.abs(total - 100) > PROFILE_TOTAL_TOLERANCE) {
    return {
      index: null,
      message: `The shares add up to ${formatShare(total)}; April to March must add up to 100%.`,
    };
  }
  return null;
}

/** The position of a month in its financial year (April 0 … March 11), or null. */
export function profileMonthIndex(monthId: string): number | null {
  const months = financialYearToDateMonths(monthId);
  return months.length === 0 ? null : months.length - 1;
}

export interface SharesPhaseInput {
  shares: readonly number[];
  /** The month figure being rated and its basis. */
  period: string;
  basis: FigureBasis;
  yearTarget: number;
  yearFloor: number | null;
  unit: UnitInput;
}

/**
 * The target (and floor) for a month's figure under a set profile: the month's share for a single
 * month, the shares since April for a total since April; null for a year, a rolling figure or a
 * month outside the profile.
 */
export function phaseByShares(input: SharesPhaseInput): PhasedTargets | null {
  const { shares, period, basis, yearTarget, yearFloor, unit } = input;
  if (periodKindOf(period) !== 'month' || basis === 'rolling-12') return null;
  const index = profileMonthIndex(period);
  const year = financialYearOf(period);
  if (index === null || year === null) return null;
  const single = basis === 'period';
  const share = single
    ? (shares[index] ?? 0)
    : shares.slice(0, index + 1).reduce((sum, value) => sum + value, 0);
  const phase = (value: number) => (value * share) / 100;
  const months = single ? formatPeriod(period) : `April to ${formatPeriod(period)}`;
  return {
    target: phase(yearTarget),
    floor: yearFloor === null ? null : phase(yearFloor),
    label: `profile target for ${months}`,
    working: `${formatValue(yearTarget, unit)} × ${formatShare(share)} = ${formatValue(round(phase(yearTarget)), unit)}, under the monthly profile administrators set for ${formatPeriod(year)}`,
  };
}

/** 'April 10%, May 10%, June 8%, …, March 8%': a profile in words, for history and screen readers. */
export const describeShares = (shares: readonly number[]): string =>
  shares.map((share, index) => `${PROFILE_MONTHS[index] ?? ''} ${formatShare(share)}`).join(', ');

/** Twelve shares that make exactly 100%: 8.33% a month, the rounding in March. */
export const FLAT_SHARES: readonly number[] = [...Array.from({ length: 11 }, () => 8.33), 8.37];

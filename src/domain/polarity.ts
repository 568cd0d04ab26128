/**
 * Polarity: which way is better. Every comparison in Ragstone goes through here so that
 * 'lower is better' indicators (days to repair, crime rates) are never judged upside down.
 */
import type { PolarityKind } from './types';

/** The best range for 'within-range' indicators, inclusive at both ends. */
export interface BestRange {
  low: number;
  high: number;
}

/** How far a value sits outside the best range (0 inside it). */
function distanceFromRange(value: number, range: BestRange): number {
  if (value < range.low) return range.low - value;
  if (value > range.high) return value - range.high;
  return 0;
}

/**
 * Positive when `a` is better than `b`, negative when worse, 0 when equally good; null when the
 * polarity makes no judgement (no-judgement, unknown, or within-range without a range).
 */
export function comparePerformance(
  a: number,
  b: number,
  polarity: PolarityKind,
  range?: BestRange,
): number | null {
  switch (polarity) {
    case 'higher-is-better':
      return Math.sign(a - b);
    case 'lower-is-better':
      return Math.sign(b - a);
    case 'within-range':
      return range === undefined
        ? null
        : Math.sign(distanceFromRange(b, range) - distanceFromRange(a, range));
    case 'no-judgement':
    case 'unknown':
      return null;
  }
}

/** True only when the polarity says `a` is strictly better than `b`. */
export function isBetter(a: number, b: number, polarity: PolarityKind, range?: BestRange): boolean {
  return (comparePerformance(a, b, polarity, range) ?? 0) > 0;
}

/** True only when the polarity says `a` is strictly worse than `b`. */
export function isWorse(a: number, b: number, polarity: PolarityKind, range?: BestRange): boolean {
  return (comparePerformance(a, b, polarity, range) ?? 0) < 0;
}

/** True when `a` is at least as good as `b` (meets it); false when worse or not judged. */
export function meets(a: number, b: number, polarity: PolarityKind, range?: BestRange): boolean {
  const c = comparePerformance(a, b, polarity, range);
  return c !== null && c >= 0;
}

/** True when the polarity lets Ragstone say better or worse. */
export function isJudgeable(
  polarity: PolarityKind,
): polarity is 'higher-is-better' | 'lower-is-better' | 'within-range' {
  return (
    polarity === 'higher-is-better' || polarity === 'lower-is-better' || polarity === 'within-range'
  );
}

/** The mirror polarity, for tests and for 'floor above target' reasoning. */
export function oppositePolarity(polarity: PolarityKind): PolarityKind {
  if (polarity === 'higher-is-better') return 'lower-is-better';
  if (polarity === 'lower-is-better') return 'higher-is-better';
  return polarity;
}

/** Plain words: 'higher is better', 'lower is better', 'within a range is best', … */
export function describePolarity(polarity: PolarityKind): string {
  switch (polarity) {
    case 'higher-is-better':
      return 'higher is better';
    case 'lower-is-better':
      return 'lower is better';
    case 'within-range':
      return 'within a range is best';
    case 'no-judgement':
      return 'no judgement of better or worse';
    case 'unknown':
      return 'not known whether higher or lower is better';
  }
}

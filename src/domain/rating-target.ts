/**
 * The target rules: a figure against its target and floor (Kent's rule) or against its target and a
 * tolerance, and within-range indicators against their best range.
 */
import { formatDifference, formatValue } from './format';
import { comparePerformance, describePolarity } from './polarity';
import type { Rating } from './types';
import type { RatingInput } from './rating';
import {
  figureText,
  missingActual,
  missingTarget,
  notRated,
  notRatedByKind,
  rating,
} from './rating-reasons';

/** Within-range indicators are judged against their best range: inside Green, outside Red. */
function rateWithinRange(input: RatingInput, rule: string, actual: number): Rating {
  const range = input.range;
  if (range === undefined) {
    return notRated(
      'no-target',
      rule,
      `${figureText(input, actual)}, but the best range is not set`,
    );
  }
  const low = formatValue(range.low, input.unit);
  const high = formatValue(range.high, input.unit);
  const inside = actual >= range.low && actual <= range.high;
  return inside
    ? rating(
        'green',
        rule,
        `${figureText(input, actual)} is within the best range of ${low} to ${high}`,
      )
    : rating(
        'red',
        rule,
        `${figureText(input, actual)} is outside the best range of ${low} to ${high}`,
      );
}

type Judged =
  { polarity: 'higher-is-better' | 'lower-is-better'; note: string } | { rating: Rating };

/**
 * Higher or lower is better, from the indicator or, when unknown, from a floor set on one side
 * of the target (a floor below the target can only mean higher is better).
 */
function judgedPolarity(input: RatingInput, rule: string, actual: number, target: number): Judged {
  if (input.polarity === 'higher-is-better' || input.polarity === 'lower-is-better') {
    return {
      polarity: input.polarity,
      note: input.polarity === 'lower-is-better' ? ' (lower is better)' : '',
    };
  }
  const floor = input.floor;
  if (input.polarity === 'unknown' && floor !== undefined && floor !== null && floor !== target) {
    const inferred = floor < target ? 'higher-is-better' : 'lower-is-better';
    return {
      polarity: inferred,
      note: ` (${describePolarity(inferred)}, taken from the floor being ${floor < target ? 'below' : 'above'} the target)`,
    };
  }
  return {
    rating: notRated(
      'unknown-polarity',
      rule,
      `${figureText(input, actual)} against the ${formatValue(target, input.unit)} ${input.targetLabel ?? 'target'}, but it is not known whether higher or lower is better`,
    ),
  };
}

/** Where a figure sits against a reference, in plain words; polarity decides whether that is good. */
function sideWord(actual: number, reference: number): string {
  return actual > reference ? 'above' : actual < reference ? 'below' : 'equal to';
}

/** A figure, a target and a direction to rate it by, with the words a reason is built from. */
type AgainstTarget =
  | {
      actual: number;
      target: number;
      polarity: 'higher-is-better' | 'lower-is-better';
      note: string;
      /** The figure as the reason prints it. */
      fig: string;
      /** 'the 80% target' (or the indicator's own word for its target). */
      t: string;
    }
  | { rating: Rating };

/**
 * The checks every target rule makes before comparing: each thing missing (a rateable kind,
 * the figure, the target, a direction) ends in its own not-rated reason.
 */
function againstTarget(input: RatingInput, rule: string): AgainstTarget {
  const byKind = notRatedByKind(input, rule);
  if (byKind !== null) return { rating: byKind };
  const actual = input.actual;
  if (actual === null || !Number.isFinite(actual)) return { rating: missingActual(input, rule) };
  if (input.polarity === 'within-range') return { rating: rateWithinRange(input, rule, actual) };
  const target = input.target;
  if (target === undefined || target === null) {
    return { rating: missingTarget(input, rule, actual) };
  }
  const judged = judgedPolarity(input, rule, actual, target);
  if ('rating' in judged) return judged;
  return {
    actual,
    target,
    ...judged,
    fig: figureText(input, actual),
    t: `the ${formatValue(target, input.unit)} ${input.targetLabel ?? 'target'}`,
  };
}

export function rateTargetFloor(input: RatingInput): Rating {
  const rule = 'target-floor';
  const against = againstTarget(input, rule);
  if ('rating' in against) return against.rating;
  const { actual, target, polarity, note, fig, t } = against;

  const vsTarget = comparePerformance(actual, target, polarity) ?? 0;
  if (vsTarget >= 0) {
    const how = actual === target ? 'meets' : `is ${sideWord(actual, target)}`;
    return rating('green', rule, `${fig} ${how} ${t}${note}`);
  }

  const floor = input.floor;
  if (floor === undefined || floor === null) {
    // Kent's rule needs a floor to say Red; without one a miss is Amber, and we say so.
    return rating('amber', rule, `${fig} is ${sideWord(actual, target)} ${t}; no floor set${note}`);
  }
  const f = `the ${formatValue(floor, input.unit)} floor`;
  if ((comparePerformance(floor, target, polarity) ?? 0) > 0) {
    // A floor better than the target is a data error: ignore it rather than rate against it.
    return rating(
      'amber',
      rule,
      `${fig} is ${sideWord(actual, target)} ${t}; ${f} is ignored because it is ${sideWord(floor, target)} the target${note}`,
    );
  }
  const vsFloor = comparePerformance(actual, floor, polarity) ?? 0;
  if (vsFloor >= 0) {
    const how = actual === floor ? 'meets' : sideWord(actual, floor);
    return rating(
      'amber',
      rule,
      `${fig} is ${sideWord(actual, target)} ${t} but ${how} ${f}${note}`,
    );
  }
  return rating('red', rule, `${fig} is ${sideWord(actual, floor)} ${f} and ${t}${note}`);
}

export function rateTargetTolerance(
  input: RatingInput,
  rule: { tolerance: number; toleranceKind: 'absolute' | 'percent' },
): Rating {
  const name = 'target-tolerance';
  const against = againstTarget(input, name);
  if ('rating' in against) return against.rating;
  const { actual, target, polarity, note, fig, t } = against;

  if ((comparePerformance(actual, target, polarity) ?? 0) >= 0) {
    const how = actual === target ? 'meets' : `is ${sideWord(actual, target)}`;
    return rating('green', name, `${fig} ${how} ${t}${note}`);
  }
  // A percentage tolerance is a share of the target's size, so it works for negative targets too.
  const allowance =
    rule.toleranceKind === 'percent' ? (Math.abs(target) * rule.tolerance) / 100 : rule.tolerance;
  const limit = polarity === 'higher-is-better' ? target - allowance : target + allowance;
  const tolerance =
    rule.toleranceKind === 'percent'
      ? `within ${rule.tolerance}% of the target`
      : `within the tolerance of ${formatDifference(rule.tolerance, input.unit)}`;
  const limitText = `${formatValue(limit, input.unit)} or ${polarity === 'higher-is-better' ? 'more' : 'less'}`;
  const within = (comparePerformance(actual, limit, polarity) ?? 0) >= 0;
  return within
    ? rating(
        'amber',
        name,
        `${fig} is ${sideWord(actual, target)} ${t} but ${tolerance} (${limitText})${note}`,
      )
    : rating(
        'red',
        name,
        `${fig} is ${sideWord(actual, target)} ${t} and not ${tolerance} (${limitText})${note}`,
      );
}

/**
 * LPSA stretch targets: how much of the stretch a figure achieves, and whether reward grant is payable.
 */
import { formatShare, formatValue } from './format';
import type { Rating } from './types';
import type { RatingInput } from './rating';
import { figureText, missingActual, notRated, notRatedByKind, rating } from './rating-reasons';

export const DEFAULT_REWARD_THRESHOLD = 0.6;

export function rateLpsaStretch(input: RatingInput, rewardThreshold: number): Rating {
  const rule = 'lpsa-stretch';
  const byKind = notRatedByKind(input, rule);
  if (byKind !== null) return byKind;
  const actual = input.actual;
  if (actual === null || !Number.isFinite(actual)) return missingActual(input, rule);
  const without = input.targetWithoutStretch;
  const withStretch = input.targetWithStretch;
  if (
    without === undefined ||
    without === null ||
    withStretch === undefined ||
    withStretch === null
  ) {
    return notRated(
      'no-target',
      rule,
      `${figureText(input, actual)}, but the targets with and without the LPSA stretch are not both set`,
    );
  }
  if (without === withStretch) {
    return notRated(
      'no-target',
      rule,
      `${figureText(input, actual)}, but the targets with and without LPSA are the same, so there is no stretch`,
    );
  }
  // The stretched target is better by definition, so the targets themselves give the polarity.
  const share = (actual - without) / (withStretch - without);
  const fig = figureText(input, actual);
  const targets = `target ${formatValue(withStretch, input.unit)} with LPSA, ${formatValue(without, input.unit)} without`;
  const shareText = share <= 0 ? 'none' : formatShare(share);
  const reward = formatShare(rewardThreshold);
  const epsilon = 1e-9;
  if (share >= 1 - epsilon) {
    return rating('green', rule, `${fig} achieves the full stretch (${targets})`, {
      stretchAchieved: share,
    });
  }
  if (share >= rewardThreshold - epsilon) {
    return rating(
      'amber',
      rule,
      `${fig} achieves ${shareText} of the stretch, reward grant payable from ${reward} (${targets})`,
      {
        stretchAchieved: share,
      },
    );
  }
  return rating(
    'red',
    rule,
    `${fig} achieves ${shareText} of the stretch, below the ${reward} needed for reward grant (${targets})`,
    {
      stretchAchieved: share,
    },
  );
}

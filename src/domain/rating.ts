/**
 * The rating rules. Each rule turns figures into a status and a plain-English reason that
 * starts with the status word and states the figures with their units, so a performance
 * manager can check every status against the paper.
 */
import type { UnitInput } from './format';
import type { BestRange } from './polarity';
import type { NotRatedReason, PolarityKind, Rating } from './types';
import { notRated } from './rating-reasons';
import { rateTargetFloor, rateTargetTolerance } from './rating-target';
import { ratePafBands } from './rating-paf';
import { rateMilestone } from './rating-milestone';
import { DEFAULT_REWARD_THRESHOLD, rateLpsaStretch } from './rating-lpsa';

export { notRated, reasonDetail, statusLabel } from './rating-reasons';
export { pafBandFor, pafBandLabel, statusForPafBand } from './rating-paf';
export { milestoneStatus } from './rating-milestone';
export { DEFAULT_REWARD_THRESHOLD } from './rating-lpsa';
export { describeRule, RULE_NAMES } from './rating-descriptions';

/** Structurally the dataset's rating rule (src/data's RatingRule satisfies it). */
export type RatingRuleInput =
  | { type: 'target-floor' }
  | { type: 'target-tolerance'; tolerance: number; toleranceKind: 'absolute' | 'percent' }
  | {
      type: 'paf-bands';
      /** Where bands 2–5 start; without them only a published band can be shown. */
      thresholds?: readonly [number, number, number, number] | undefined;
    }
  | { type: 'milestone' }
  | { type: 'lpsa-stretch'; rewardThreshold?: number | undefined }
  | { type: 'not-rated'; reason: NotRatedReason };

export const INDICATOR_KINDS = ['performance', 'activity', 'milestone', 'context'] as const;
export type IndicatorKindInput = (typeof INDICATOR_KINDS)[number];

export interface RatingInput {
  rule: RatingRuleInput;
  polarity: PolarityKind;
  unit: UnitInput;
  /** The figure being rated; null when there is none. */
  actual: number | null;
  kind?: IndicatorKindInput | undefined;
  target?: number | null | undefined;
  floor?: number | null | undefined;
  /** A status in words, for milestone targets ('on course', 'complete', 'slippage'). */
  text?: string | null | undefined;
  /** Why the actual is missing, as recorded (`{reason: 'reported-less-often', text: 'Reported quarterly'}`). */
  missing?: { reason: string; text: string } | undefined;
  /** Why the target is missing, e.g. 'TBC'. */
  targetMissing?: { reason: string; text: string } | undefined;
  /** When no target applies but one is set for a later period: that target, in words. */
  laterTarget?: string | undefined;
  /** LPSA: the target without the stretch and the stretched target. */
  targetWithoutStretch?: number | null | undefined;
  targetWithStretch?: number | null | undefined;
  /**
   * The RAG the paper printed for this figure. Only used to explain a milestone reported as a
   * colour with no words: Ragstone never copies it as its own judgement.
   */
  publishedRag?: 'green' | 'amber' | 'red' | undefined;
  /** PAF: a band printed in the paper, used when there are no thresholds or no value. */
  publishedBand?: number | null | undefined;
  /** Within-range indicators: the best range. */
  range?: BestRange | undefined;
  /** Words for the target in the reason, e.g. 'target for 2012/13', 'phased target'. Default 'target'. */
  targetLabel?: string | undefined;
  /** Words for the figure, e.g. 'forecast' gives 'the forecast of 82%'. Default: the figure alone. */
  actualLabel?: string | undefined;
  /** The period rated, for 'no figure for May 2012 yet'. */
  periodLabel?: string | undefined;
}

/** Rates a figure by the indicator's rule. Never throws; anything it cannot judge is 'not rated' with why. */
export function rate(input: RatingInput): Rating {
  const rule = input.rule;
  switch (rule.type) {
    case 'not-rated':
      return notRated(rule.reason);
    case 'target-floor':
      return rateTargetFloor(input);
    case 'target-tolerance':
      return rateTargetTolerance(input, rule);
    case 'paf-bands':
      return ratePafBands(input, rule.thresholds);
    case 'milestone':
      return rateMilestone(input);
    case 'lpsa-stretch':
      return rateLpsaStretch(input, rule.rewardThreshold ?? DEFAULT_REWARD_THRESHOLD);
  }
}

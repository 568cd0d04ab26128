/**
 * Each rating rule's name and plain-words description, for the key and the indicator page.
 */
import { formatShare } from './format';
import type { RatingRuleInput } from './rating';
import { DEFAULT_REWARD_THRESHOLD } from './rating-lpsa';
import { NOT_RATED_TEXT } from './rating-reasons';

/** The name a council would give each rule, for headings in the key and on the indicator page. */
export const RULE_NAMES: Record<RatingRuleInput['type'], string> = {
  'target-floor': 'Target and floor standard (Kent’s rule)',
  'target-tolerance': 'Target and tolerance',
  'paf-bands': 'PAF performance bands',
  milestone: 'Milestone, reported in words',
  'lpsa-stretch': 'LPSA stretch target',
  'not-rated': 'Not rated',
};

/** Plain words for a rule, for the key and the indicator page: 'Green when the target is met; …'. */
export function describeRule(rule: RatingRuleInput): string {
  switch (rule.type) {
    case 'target-floor':
      return 'Green when the target is met or exceeded; Amber when below target but at or above the floor; Red when below the floor (Amber, with a note, when no floor is set).';
    case 'target-tolerance':
      return `Green when the target is met; Amber when missed by no more than ${rule.toleranceKind === 'percent' ? `${rule.tolerance}% of the target` : `${rule.tolerance}`}; Red otherwise.`;
    case 'paf-bands':
      return 'PAF performance bands: 5 very good and 4 good are Green; 3 acceptable is Amber; 2 ask questions and 1 investigate urgently are Red.';
    case 'milestone':
      return "Status in words: 'complete', 'achieved', 'on course' or 'on track' are Green; 'slippage' or 'at risk' Amber; 'off track', 'not achieved' or 'significant slippage' Red.";
    case 'lpsa-stretch':
      return `Green when the stretched target is met; Amber when at least ${formatShare(rule.rewardThreshold ?? DEFAULT_REWARD_THRESHOLD)} of the stretch is achieved (reward grant payable); Red below that.`;
    case 'not-rated':
      return `Not rated: ${NOT_RATED_TEXT[rule.reason]}.`;
  }
}

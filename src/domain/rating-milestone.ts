/**
 * Milestones reported in words ('on course', 'slippage'): the status the words stand for.
 */
import type { Rating } from './types';
import type { RatingInput } from './rating';
import { missingActual, notRated, rating, STATUS_WORD } from './rating-reasons';
import { rateTargetFloor } from './rating-target';

/** Milestone words, longest first so 'significant slippage' wins over 'slippage'. */
const MILESTONE_WORDS: readonly (readonly [string, 'green' | 'amber' | 'red'])[] = [
  ['significant slippage', 'red'],
  ['some slippage', 'amber'],
  ['not achieved', 'red'],
  ['off track', 'red'],
  ['off course', 'red'],
  ['on course', 'green'],
  ['on track', 'green'],
  ['completed', 'green'],
  ['complete', 'green'],
  ['achieved', 'green'],
  ['slippage', 'amber'],
  ['at risk', 'amber'],
];

function normaliseStatusText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[-–—_]/g, ' ')
    .replace(/[^a-z0-9 ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The RAG a status in words stands for, or null when the words are not recognised.
 * The phrase must be the whole text or its start ('On course – 2008 target met' is on course).
 */
export function milestoneStatus(text: string): 'green' | 'amber' | 'red' | null {
  const words = normaliseStatusText(text);
  for (const [phrase, status] of MILESTONE_WORDS) {
    if (words === phrase || words.startsWith(`${phrase} `)) return status;
  }
  return null;
}

export function rateMilestone(input: RatingInput): Rating {
  const rule = 'milestone';
  const text = input.text?.trim();
  if (text === undefined || text === '') {
    // Some milestone targets are also numbers; rate those by the Kent rule.
    if (input.actual !== null && input.target !== undefined && input.target !== null)
      return rateTargetFloor(input);
    if (input.publishedRag !== undefined) {
      const when = input.periodLabel === undefined ? '' : ` for ${input.periodLabel}`;
      return notRated(
        'no-data',
        rule,
        `no status in words${when}; the paper shows ${STATUS_WORD[input.publishedRag]}, a judgement Ragstone cannot derive from the figures`,
      );
    }
    return missingActual({ ...input, actualLabel: input.actualLabel ?? 'status' }, rule);
  }
  const status = milestoneStatus(text);
  if (status === null) {
    return rating('not-rated', rule, `the status “${text}” is not one Ragstone rates`);
  }
  return rating(status, rule, `reported as “${text}”`);
}

/**
 * What every rating rule says with: the status words, a rating whose reason starts with its status
 * word, and the not-rated reasons shared by the rules (no figure, no target, not a rateable kind).
 */
import { formatValue } from './format';
import type { NotRatedReason, RagStatus, Rating } from './types';
import type { RatingInput } from './rating';

export const STATUS_WORD: Record<RagStatus, string> = {
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  'not-rated': 'Not rated',
};

/** The status as a word: 'Green', 'Amber', 'Red', 'Not rated'. */
export function statusLabel(status: RagStatus): string {
  return STATUS_WORD[status];
}

export function rating(
  status: RagStatus,
  rule: string,
  detail: string,
  extra: Partial<Rating> = {},
): Rating {
  return { status, rule, reason: `${STATUS_WORD[status]}: ${detail}`, ...extra };
}

export const NOT_RATED_TEXT: Record<NotRatedReason, string> = {
  'no-target': 'no target set',
  'no-data': 'no figure yet',
  'reported-less-often': 'reported less often than this period',
  activity: 'activity indicator (demand), compared with its expected level rather than rated',
  context: 'context indicator, no judgement of better or worse',
  'unknown-polarity': 'not known whether higher or lower is better',
};

/** A not-rated result with its reason in words; `detail` replaces the standard wording. */
export function notRated(reason: NotRatedReason, rule = 'not-rated', detail?: string): Rating {
  return rating('not-rated', rule, detail ?? NOT_RATED_TEXT[reason], { notRatedReason: reason });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function figureText(input: RatingInput, value: number): string {
  const v = formatValue(value, input.unit);
  return input.actualLabel === undefined ? v : `the ${input.actualLabel} of ${v}`;
}

/** No figure to rate: says which, for when, and the paper's words ('Reported quarterly'). */
export function missingActual(input: RatingInput, rule: string): Rating {
  const what = input.actualLabel ?? 'figure';
  const when = input.periodLabel === undefined ? '' : ` for ${input.periodLabel}`;
  const missing = input.missing;
  if (missing !== undefined) {
    const reason: NotRatedReason =
      missing.reason === 'reported-less-often' ? 'reported-less-often' : 'no-data';
    return notRated(reason, rule, `no ${what}${when} (“${missing.text}”)`);
  }
  return notRated('no-data', rule, `no ${what}${when} yet`);
}

export function missingTarget(input: RatingInput, rule: string, actual: number): Rating {
  const label = input.targetLabel ?? 'target';
  const why = input.targetMissing === undefined ? '' : ` (“${input.targetMissing.text}”)`;
  const later =
    input.laterTarget === undefined
      ? ''
      : `; the next target is ${input.laterTarget}, for a different period`;
  return notRated(
    'no-target',
    rule,
    `${figureText(input, actual)}, but no ${label} is set${why}${later}`,
  );
}

/** Guards shared by every numeric rule: activity and context indicators are never rated. */
export function notRatedByKind(input: RatingInput, rule: string): Rating | null {
  if (input.kind === 'activity') return notRated('activity', rule);
  if (input.kind === 'context' || input.polarity === 'no-judgement')
    return notRated('context', rule);
  return null;
}

/** For tests and messages: the reason with its status word removed. */
export function reasonDetail(r: Rating): string {
  const prefix = `${STATUS_WORD[r.status]}: `;
  return r.reason.startsWith(prefix) ? capitalise(r.reason.slice(prefix.length)) : r.reason;
}

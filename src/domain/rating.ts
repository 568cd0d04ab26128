/**
 * The rating rules. Each rule turns figures into a status and a plain-English reason that
 * starts with the status word and states the figures with their units, so a performance
 * manager can check every status against the paper.
 */
import { formatDifference, formatShare, formatValue, type UnitInput } from './format';
import { comparePerformance, describePolarity, type BestRange } from './polarity';
import type { NotRatedReason, PolarityKind, RagStatus, Rating } from './types';

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

export const DEFAULT_REWARD_THRESHOLD = 0.6;

const STATUS_WORD: Record<RagStatus, string> = {
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  'not-rated': 'Not rated',
};

/** The status as a word: 'Green', 'Amber', 'Red', 'Not rated'. */
export function statusLabel(status: RagStatus): string {
  return STATUS_WORD[status];
}

const PAF_BAND_LABELS = {
  1: 'investigate urgently',
  2: 'ask questions',
  3: 'acceptable',
  4: 'good',
  5: 'very good',
} as const;

/** PAF band descriptions as the regulator worded them. */
export function pafBandLabel(band: 1 | 2 | 3 | 4 | 5): string {
  return PAF_BAND_LABELS[band];
}

/** PAF bands 4–5 are green, 3 amber, 1–2 red. */
export function statusForPafBand(band: 1 | 2 | 3 | 4 | 5): 'green' | 'amber' | 'red' {
  return band >= 4 ? 'green' : band === 3 ? 'amber' : 'red';
}

function rating(
  status: RagStatus,
  rule: string,
  detail: string,
  extra: Partial<Rating> = {},
): Rating {
  return { status, rule, reason: `${STATUS_WORD[status]}: ${detail}`, ...extra };
}

const NOT_RATED_TEXT: Record<NotRatedReason, string> = {
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

function figureText(input: RatingInput, value: number): string {
  const v = formatValue(value, input.unit);
  return input.actualLabel === undefined ? v : `the ${input.actualLabel} of ${v}`;
}

/** No figure to rate: says which, for when, and the paper's words ('Reported quarterly'). */
function missingActual(input: RatingInput, rule: string): Rating {
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

function missingTarget(input: RatingInput, rule: string, actual: number): Rating {
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
function notRatedByKind(input: RatingInput, rule: string): Rating | null {
  if (input.kind === 'activity') return notRated('activity', rule);
  if (input.kind === 'context' || input.polarity === 'no-judgement')
    return notRated('context', rule);
  return null;
}

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

function rateTargetFloor(input: RatingInput): Rating {
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

function rateTargetTolerance(
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

function isBand(n: number): n is 1 | 2 | 3 | 4 | 5 {
  return n === 1 || n === 2 || n === 3 || n === 4 || n === 5;
}

/**
 * PAF bands: thresholds are where bands 2, 3, 4 and 5 start — the lowest value for the band when
 * higher is better, the highest when lower is better. Reaching a threshold puts the value in that band.
 */
export function pafBandFor(
  value: number,
  thresholds: readonly [number, number, number, number],
  polarity: 'higher-is-better' | 'lower-is-better',
): 1 | 2 | 3 | 4 | 5 {
  let band = 1;
  for (const threshold of thresholds) {
    if ((comparePerformance(value, threshold, polarity) ?? -1) >= 0) band += 1;
    else break;
  }
  return isBand(band) ? band : 1;
}

function thresholdsInOrder(
  thresholds: readonly [number, number, number, number],
  polarity: 'higher-is-better' | 'lower-is-better',
): boolean {
  for (let i = 1; i < thresholds.length; i += 1) {
    const previous = thresholds[i - 1];
    const current = thresholds[i];
    if (previous === undefined || current === undefined) return false;
    if ((comparePerformance(current, previous, polarity) ?? -1) <= 0) return false;
  }
  return true;
}

function ratePafBands(
  input: RatingInput,
  thresholds: readonly [number, number, number, number] | undefined,
): Rating {
  const rule = 'paf-bands';
  const byKind = notRatedByKind(input, rule);
  if (byKind !== null) return byKind;
  const actual = input.actual;
  const published = input.publishedBand;
  const fromPublished = (detail: string): Rating | null => {
    if (published === undefined || published === null || !isBand(published)) return null;
    return rating(
      statusForPafBand(published),
      rule,
      `${detail}PAF band ${published} (${pafBandLabel(published)}) as published`,
      {
        band: published,
      },
    );
  };
  if (actual === null || !Number.isFinite(actual))
    return fromPublished('') ?? missingActual(input, rule);
  if (thresholds === undefined) {
    return (
      fromPublished(`${figureText(input, actual)} is in `) ??
      notRated(
        'no-target',
        rule,
        `${figureText(input, actual)}, but no PAF band thresholds are set and no band was published`,
      )
    );
  }
  const polarity = input.polarity;
  if (polarity !== 'higher-is-better' && polarity !== 'lower-is-better') {
    return (
      fromPublished(`${figureText(input, actual)} is in `) ??
      notRated(
        'unknown-polarity',
        rule,
        `${figureText(input, actual)}, but PAF bands need higher or lower to be better`,
      )
    );
  }
  if (!thresholdsInOrder(thresholds, polarity)) {
    return (
      fromPublished(`${figureText(input, actual)} is in `) ??
      notRated(
        'no-target',
        rule,
        `${figureText(input, actual)}, but the PAF band thresholds are not in order`,
      )
    );
  }
  const band = pafBandFor(actual, thresholds, polarity);
  const status = statusForPafBand(band);
  const next = band < 5 ? thresholds[band - 1] : undefined;
  const needs =
    next === undefined
      ? ''
      : `; band ${band + 1} needs ${formatValue(next, input.unit)} or ${polarity === 'higher-is-better' ? 'more' : 'less'}`;
  const note = polarity === 'lower-is-better' ? '; lower is better' : '';
  return rating(
    status,
    rule,
    `${figureText(input, actual)} is in PAF band ${band} (${pafBandLabel(band)})${needs}${note}`,
    {
      band,
    },
  );
}

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

function rateMilestone(input: RatingInput): Rating {
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

function rateLpsaStretch(input: RatingInput, rewardThreshold: number): Rating {
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

/** For tests and messages: the reason with its status word removed. */
export function reasonDetail(r: Rating): string {
  const prefix = `${STATUS_WORD[r.status]}: `;
  return r.reason.startsWith(prefix) ? capitalise(r.reason.slice(prefix.length)) : r.reason;
}

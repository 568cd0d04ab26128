/**
 * Positions an authority within a comparator group, in words that respect polarity and group size.
 * Councils speak of 'n of N' and quartiles; the LGA warns against bare league tables, so the
 * sentence always names the group, says when a position cannot be judged and why.
 */
import { formatDifference } from './format';
import type { PolarityKind } from './types';

export interface AreaFigure {
  areaId: string;
  name: string;
  value: number | null;
  /** The period the figure is for; used to warn when a comparison mixes years. */
  period?: string | null;
}

export interface ReferenceFigure {
  /** As it reads in a sentence: 'the national average', 'the South East average'. */
  label: string;
  value: number | null;
}

/** Enough of the measure's unit to say a difference in words. */
export interface DifferenceUnit {
  type: string;
  per?: number;
  decimals?: number;
}

export type Quartile = 1 | 2 | 3 | 4;

export interface RankAreasInput {
  figures: readonly AreaFigure[];
  leadAreaId: string;
  polarity: PolarityKind;
  /** How the group reads after the position: 'in its family group', 'among its statistical neighbours'. */
  groupPhrase: string;
  references?: readonly ReferenceFigure[];
  unit?: DifferenceUnit;
}

export interface AreaPosition {
  areaId: string;
  name: string;
  value: number | null;
  /** 1 = best (or highest, when polarity gives no judgement); equal values share a position. */
  position: number | null;
  isTied: boolean;
  quartile: Quartile | null;
}

export interface ReferenceDifference {
  label: string;
  value: number;
  /** Lead minus reference. */
  difference: number;
  /** True when the lead is better; null when polarity gives no judgement or they are equal. */
  isBetter: boolean | null;
  text: string;
}

export type QuartileGap = 'too-small' | 'not-judged' | 'no-figure' | null;

export interface AreaRanking {
  /** Whether the polarity lets us call one figure better than another. */
  isJudged: boolean;
  /** Every figure, best (or highest) first; areas with no figure last, in input order. */
  positions: AreaPosition[];
  lead: AreaPosition | null;
  /** Areas with a figure. */
  ranked: number;
  /** Fewer than MIN_FIGURES_TO_RANK figures: they are shown, but no area is given a position. */
  tooFewToRank: boolean;
  groupSize: number;
  missing: AreaFigure[];
  quartile: Quartile | null;
  /** Why there is no quartile, when there is none. */
  quartileGap: QuartileGap;
  /** Names of the areas sharing the lead's value. */
  tiedWith: string[];
  differences: ReferenceDifference[];
  sentence: string;
}

/**
 * Below this many figures a position says nothing: 'best of 2' only means 'higher than the one
 * other area', which the figures themselves show more honestly.
 */
export const MIN_FIGURES_TO_RANK = 3;

/** Below this many figures, quartiles say nothing useful. */
const MIN_FOR_QUARTILES = 4;

const QUARTILE_WORDS: Record<Quartile, string> = {
  1: 'top quartile',
  2: 'second quartile',
  3: 'third quartile',
  4: 'bottom quartile',
};

export function describeQuartile(quartile: Quartile): string {
  return QUARTILE_WORDS[quartile];
}

function isJudgedPolarity(polarity: PolarityKind): boolean {
  return polarity === 'higher-is-better' || polarity === 'lower-is-better';
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/**
 * A position as a league table column prints it: '3', or '3=' when shared. Never '=3', which a
 * spreadsheet would read as a formula.
 */
export function positionLabel(position: number, isTied: boolean): string {
  return isTied ? `${position}=` : String(position);
}

/**
 * Quartile from a competition rank: the share of the others ranked above, so 3rd of 11 is in the
 * top quartile (2 of 10 above) and the last is always the bottom quartile.
 */
export function quartileOf(position: number, ranked: number): Quartile | null {
  if (ranked < MIN_FOR_QUARTILES || position < 1 || position > ranked) return null;
  const share = (position - 1) / (ranked - 1);
  const index = Math.min(3, Math.floor(share * 4));
  return (index + 1) as Quartile;
}

/** Positive when `a` is better than `b` under the polarity; higher first when there is no judgement. */
function ahead(a: number, b: number, polarity: PolarityKind): number {
  return polarity === 'lower-is-better' ? b - a : a - b;
}

function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : Math.min(2, text.length - dot - 1);
}

function describeDifference(
  lead: number,
  reference: ReferenceFigure & { value: number },
  polarity: PolarityKind,
  unit: DifferenceUnit | undefined,
): ReferenceDifference {
  const decimals = Math.max(decimalsOf(lead), decimalsOf(reference.value));
  const factor = 10 ** (unit?.decimals ?? decimals);
  // Round so 92.9 − 85.5 reads 7.4, not 7.400000000000006.
  const difference = Math.round((lead - reference.value) * factor) / factor;
  const base = { label: reference.label, value: reference.value, difference };
  if (difference === 0) return { ...base, isBetter: null, text: `the same as ${reference.label}` };
  const size = formatDifference(difference, {
    ...unit,
    type: unit?.type ?? 'number',
    decimals: unit?.decimals ?? decimals,
  });
  if (!isJudgedPolarity(polarity)) {
    return {
      ...base,
      isBetter: null,
      text: `${size} ${difference > 0 ? 'above' : 'below'} ${reference.label}`,
    };
  }
  const isBetter = ahead(lead, reference.value, polarity) > 0;
  return {
    ...base,
    isBetter,
    text: `${size} ${isBetter ? 'better' : 'worse'} than ${reference.label}`,
  };
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

function positionWords(
  position: number,
  ranked: number,
  isTied: boolean,
  isJudged: boolean,
): string {
  const joint = isTied ? 'joint ' : '';
  if (!isJudged) {
    if (position === 1) return `has the ${joint}highest figure of ${ranked}`;
    return `has the ${joint}${ordinal(position)} highest figure of ${ranked}`;
  }
  if (position === 1) return `is ${joint}best of ${ranked}`;
  if (position === ranked && !isTied) return `is worst of ${ranked}`;
  return `is ${joint}${ordinal(position)} best of ${ranked}`;
}

/**
 * Ranks the figures of a group and places the lead area among them. Areas with no figure are
 * counted as missing, never ranked; equal figures share the better position (1, 2, 2, 4).
 */
export function rankAreas(input: RankAreasInput): AreaRanking {
  const { figures, leadAreaId, polarity, groupPhrase } = input;
  const isJudged = isJudgedPolarity(polarity);
  const withValue = figures.filter(
    (figure): figure is AreaFigure & { value: number } =>
      figure.value !== null && Number.isFinite(figure.value),
  );
  const missing = figures.filter(
    (figure) => figure.value === null || !Number.isFinite(figure.value),
  );
  const ordered = [...withValue].sort((a, b) => ahead(b.value, a.value, polarity));
  const ranked = ordered.length;
  const tooFewToRank = ranked < MIN_FIGURES_TO_RANK;

  // Sorted best first, so an area's position is one past the last strictly better area (1, 2, 2, 4).
  let position = 0;
  const positions: AreaPosition[] = ordered.map((figure, index) => {
    const previous = ordered[index - 1];
    if (previous === undefined || previous.value !== figure.value) position = index + 1;
    const next = ordered[index + 1];
    const isTied = previous?.value === figure.value || next?.value === figure.value;
    return {
      areaId: figure.areaId,
      name: figure.name,
      value: figure.value,
      position: tooFewToRank ? null : position,
      isTied: tooFewToRank ? false : isTied,
      quartile: isJudged && !tooFewToRank ? quartileOf(position, ranked) : null,
    };
  });
  for (const figure of missing) {
    positions.push({
      areaId: figure.areaId,
      name: figure.name,
      value: null,
      position: null,
      isTied: false,
      quartile: null,
    });
  }

  const lead = positions.find((position) => position.areaId === leadAreaId) ?? null;
  const leadName = lead?.name ?? leadAreaId;
  const tiedWith =
    lead?.value === null || lead === null
      ? []
      : positions
          .filter((p) => p.areaId !== leadAreaId && p.value === lead.value)
          .map((p) => p.name);

  const quartileGap: QuartileGap =
    lead?.value == null
      ? 'no-figure'
      : !isJudged
        ? 'not-judged'
        : ranked < MIN_FOR_QUARTILES
          ? 'too-small'
          : null;
  const quartile = quartileGap === null ? (lead?.quartile ?? null) : null;

  const leadValue = lead?.value ?? null;
  const differences =
    leadValue === null
      ? []
      : (input.references ?? [])
          .filter(
            (reference): reference is ReferenceFigure & { value: number } =>
              reference.value !== null,
          )
          .map((reference) => describeDifference(leadValue, reference, polarity, input.unit));

  const ranking: Omit<AreaRanking, 'sentence'> = {
    isJudged,
    positions,
    lead,
    ranked,
    tooFewToRank,
    groupSize: figures.length,
    missing,
    quartile,
    quartileGap,
    tiedWith,
    differences,
  };
  return { ...ranking, sentence: buildSentence(ranking, leadName, groupPhrase) };
}

/** '2 of the 6 areas have', '1 of the 4 areas has', 'the only area has'. */
function countOf(count: number, total: number): string {
  if (total === 1) return count === 1 ? 'the only area has' : 'no area has';
  return `${count} of the ${total} areas ${count === 1 ? 'has' : 'have'}`;
}

function buildSentence(
  ranking: Omit<AreaRanking, 'sentence'>,
  leadName: string,
  groupPhrase: string,
): string {
  const {
    lead,
    ranked,
    groupSize,
    missing,
    isJudged,
    quartile,
    quartileGap,
    tiedWith,
    differences,
  } = ranking;
  if (lead === null) {
    return `${leadName} is not in this group, so it cannot be placed ${groupPhrase}.`;
  }
  if (lead.value === null) {
    return `${leadName} has no figure here, so it cannot be placed ${groupPhrase}; ${countOf(ranked, groupSize)} one.`;
  }
  const notes: string[] = [];
  if (tiedWith.length > 0) notes.push(`tied with ${joinWords(tiedWith)}`);
  if (quartile !== null) notes.push(describeQuartile(quartile));
  else if (quartileGap === 'too-small') notes.push('too few figures for quartiles');
  if (missing.length > 0) {
    notes.push(`${countOf(missing.length, groupSize)} no figure`);
  }
  if (ranked === 1) {
    // A position of 1 of 1 would read as 'best'; say plainly that there is nothing to rank against.
    let alone = `${leadName} is the only area with a figure ${groupPhrase}, so it has no position`;
    if (missing.length > 0) alone += ` (${countOf(missing.length, groupSize)} no figure)`;
    if (differences.length > 0) alone += `; ${joinWords(differences.map((d) => d.text))}`;
    return `${alone}.`;
  }
  if (lead.position === null) {
    // Two figures: show both, rank neither ('best of 2' would read as an achievement).
    let few = `Only ${ranked} of the ${groupSize} areas ${groupPhrase} have a figure, too few to rank, so ${leadName}’s figure is shown without a position`;
    if (groupSize === ranked)
      few = `Only ${ranked} areas ${groupPhrase} have a figure, too few to rank, so ${leadName}’s figure is shown without a position`;
    if (differences.length > 0) few += `; ${joinWords(differences.map((d) => d.text))}`;
    return `${few}.`;
  }
  let sentence = `${leadName} ${positionWords(lead.position, ranked, lead.isTied, isJudged)} ${groupPhrase}`;
  if (notes.length > 0) sentence += ` (${notes.join('; ')})`;
  if (!isJudged)
    sentence += '; the measure has no better or worse direction, so this is not a ranking';
  if (differences.length > 0) sentence += `; ${joinWords(differences.map((d) => d.text))}`;
  return `${sentence}.`;
}

/** Words for where a comparator group sits in a sentence. */
export function describeGroupPhrase(kind: string, name: string): string {
  switch (kind) {
    case 'statistical-neighbours':
      return 'among its statistical neighbours';
    case 'family-group':
      return 'in its family group';
    case 'region':
      return `in ${name}`;
    case 'national':
      return 'nationally';
    case 'user':
      return 'in the chosen group';
    default:
      return `in ${name}`;
  }
}

/** The distinct periods a set of figures is for, so a view can warn when years are mixed. */
export function distinctPeriods(figures: readonly AreaFigure[]): string[] {
  const periods = new Set<string>();
  for (const figure of figures) {
    if (figure.value !== null && figure.period) periods.add(figure.period);
  }
  return [...periods].sort();
}

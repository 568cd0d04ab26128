/**
 * The results the domain core hands to every view. Views render these; they never re-derive a status.
 * Inputs are structural so the domain stays free of the data layer (src/data's zod types satisfy them).
 */
import type { FigureBasis } from './figure-basis';

export const RAG_STATUSES = ['green', 'amber', 'red', 'not-rated'] as const;
export type RagStatus = (typeof RAG_STATUSES)[number];

export const POLARITY_KINDS = [
  'higher-is-better',
  'lower-is-better',
  'within-range',
  'no-judgement',
  'unknown',
] as const;
export type PolarityKind = (typeof POLARITY_KINDS)[number];

export const NOT_RATED_REASONS = [
  'no-target',
  'no-data',
  'reported-less-often',
  'activity',
  'context',
  'unknown-polarity',
] as const;
export type NotRatedReason = (typeof NOT_RATED_REASONS)[number];

export interface Rating {
  status: RagStatus;
  /** Plain English, starting with the status word: "Amber: 71% is below the 80% target but above the 75% floor". */
  reason: string;
  /** Which rule produced it, e.g. 'target-floor'. */
  rule: string;
  notRatedReason?: NotRatedReason;
  /** PAF performance band 1–5 where the band rule applied. */
  band?: 1 | 2 | 3 | 4 | 5;
  /** LPSA: share of the stretch achieved (0.75 = 75%). */
  stretchAchieved?: number;
  /** Set when the status rests on a target profile Ragstone assumed: the assumption in words. */
  assumption?: string;
  /** The status without that assumption (what the paper's own figures support). */
  withoutAssumption?: Omit<Rating, 'assumption' | 'withoutAssumption'>;
}

export const DIRECTIONS = ['improving', 'worsening', 'no-change', 'not-comparable'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface DirectionOfTravel {
  direction: Direction;
  /** Plain English: "Improving: 67% in May 2012, up from 60% in April 2012 (higher is better)". */
  reason: string;
  comparedWith?: string;
}

/** One figure as the domain sees it: a canonical period id and a value (null when missing). */
export interface FigureInput {
  period: string;
  basis: FigureBasis;
  measure: string;
  value: number | null;
  text?: string;
  publishedRag?: 'green' | 'amber' | 'red';
  missing?: { reason: string; text: string };
}

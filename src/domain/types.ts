/**
 * The results the domain core hands to every view. Views render these; they never re-derive a status.
 * Inputs are structural so the domain stays free of the data layer (src/data's zod types satisfy them).
 */

export type RagStatus = 'green' | 'amber' | 'red' | 'not-rated';

export type PolarityKind =
  'higher-is-better' | 'lower-is-better' | 'within-range' | 'no-judgement' | 'unknown';

export type NotRatedReason =
  'no-target' | 'no-data' | 'reported-less-often' | 'activity' | 'context' | 'unknown-polarity';

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

export type Direction = 'improving' | 'worsening' | 'no-change' | 'not-comparable';

export interface DirectionOfTravel {
  direction: Direction;
  /** Plain English: "Improving: 67% in May 2012, up from 60% in April 2012 (higher is better)". */
  reason: string;
  comparedWith?: string;
}

/** One figure as the domain sees it: a canonical period id and a value (null when missing). */
export interface FigureInput {
  period: string;
  basis: 'period' | 'ytd' | 'rolling-12' | 'cumulative';
  measure: string;
  value: number | null;
  text?: string;
  publishedRag?: 'green' | 'amber' | 'red';
  missing?: { reason: string; text: string };
}

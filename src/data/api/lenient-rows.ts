/**
 * Lists and scorecards are validated row by row: one indicator sent in a broken shape is reported
 * on its own (`rejected`) and the rest of the table still shows.
 */
import { z } from 'zod';
import { isRecord } from '@/lib/is-record';
import type { ApiErrorIssue } from './api-error';
import {
  indicatorListResponseSchema,
  indicatorRowSchema,
  scorecardResponseSchema,
  type IndicatorListResponse,
  type IndicatorRow,
  type ScorecardResponse,
} from './contract';
import { describeIssues } from './fetch-json';
import { yieldToMain } from '@/lib/yield-to-main';

/**
 * Validating about 1,000 rows (the 2008 authority view) takes over 100 ms on a council laptop: done
 * in one go, it is a long task that holds every click and keystroke. Rows are checked in slices of
 * this many milliseconds with a yield to the page between them.
 */
const SLICE_MS = 30;

export interface RejectedRow {
  /** Position in the response's `rows`. */
  index: number;
  /** The indicator's id when the broken row still says it. */
  indicatorId: string | null;
  /** 'Indicator paf-c28 could not be read: rows[3].latest.value: Invalid input: expected number, received string.' */
  message: string;
  issues: ApiErrorIssue[];
}

export type IndicatorListResult = IndicatorListResponse & { rejected: RejectedRow[] };
export type ScorecardResult = ScorecardResponse & { rejected: RejectedRow[] };

export const lenientIndicatorListSchema = indicatorListResponseSchema.extend({
  rows: z.array(z.unknown()),
});
export const lenientScorecardSchema = scorecardResponseSchema.extend({
  rows: z.array(z.unknown()),
});

/** The indicator id of a row not yet validated, when it has one. */
export function rawIndicatorId(raw: unknown): string | null {
  return isRecord(raw) && isRecord(raw.indicator) && typeof raw.indicator.id === 'string'
    ? raw.indicator.id
    : null;
}

export async function splitRows(raw: readonly unknown[]): Promise<{
  rows: IndicatorRow[];
  rejected: RejectedRow[];
}> {
  const rows: IndicatorRow[] = [];
  const rejected: RejectedRow[] = [];
  let sliceStart = performance.now();
  for (const [index, item] of raw.entries()) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain();
      sliceStart = performance.now();
    }
    const parsed = indicatorRowSchema.safeParse(item);
    if (parsed.success) {
      rows.push(parsed.data);
      continue;
    }
    const issues = describeIssues(parsed.error).map((issue) => ({
      ...issue,
      path: `rows[${index}]${issue.path === '' ? '' : issue.path.startsWith('[') ? issue.path : `.${issue.path}`}`,
    }));
    const indicatorId = rawIndicatorId(item);
    const [first] = issues;
    rejected.push({
      index,
      indicatorId,
      message: `${indicatorId === null ? `Row ${index + 1}` : `Indicator ${indicatorId}`} could not be read: ${first ? `${first.path}: ${first.message}` : 'it does not match the contract'}.`,
      issues,
    });
  }
  return { rows, rejected };
}

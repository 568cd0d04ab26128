/**
 * Counting and picking out rows for summaries and exception views. Works on assessed rows
 * (the API's IndicatorRow satisfies RowLike), so every count agrees with the statuses shown.
 */
import { monthSpanOf } from './periods';
import type { Direction, RagStatus } from './types';

/** Structurally the API's StatusCounts. */
export interface StatusCounts {
  green: number;
  amber: number;
  red: number;
  notRated: number;
  improving: number;
  worsening: number;
  noChange: number;
  redAndWorsening: number;
  /** Counted under another status but red for the year to date: the Exceptions 'Red' list adds these. */
  redYearToDateOnly: number;
  missingData: number;
  total: number;
}

/** The parts of an indicator row aggregation reads. */
export interface RowLike {
  asAt?: string | null | undefined;
  latest: {
    period: string;
    value: number | null;
    missing?: { reason: string; text: string } | undefined;
    printed?: string | undefined;
  } | null;
  latestRating: { status: RagStatus };
  forecastRating?: { status: RagStatus } | null | undefined;
  ytdRating?: { status: RagStatus } | null | undefined;
  direction: { direction: Direction };
  indicator?: { frequency?: string | undefined } | undefined;
}

/** The exception views, in the order a reader meets them; the URL's `show=` enum comes from this list. */
export const EXCEPTION_KINDS = [
  'red',
  'red-and-worsening',
  'amber-and-worsening',
  'missing-data',
] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

const exceptionHeadings: Record<ExceptionKind, string> = {
  red: 'Red',
  'red-and-worsening': 'Red and worsening',
  'amber-and-worsening': 'Amber and worsening',
  'missing-data': 'No data or overdue',
};

export function emptyStatusCounts(): StatusCounts {
  return {
    green: 0,
    amber: 0,
    red: 0,
    notRated: 0,
    improving: 0,
    worsening: 0,
    noChange: 0,
    redAndWorsening: 0,
    redYearToDateOnly: 0,
    missingData: 0,
    total: 0,
  };
}

/**
 * The status a row is counted under: its latest figure's, or, when that is not rated and a forecast
 * is rated (annual indicators during the year), the forecast's — Kent's rule for annual indicators.
 */
export function headlineStatus(row: Pick<RowLike, 'latestRating' | 'forecastRating'>): RagStatus {
  const forecast = row.forecastRating;
  if (
    row.latestRating.status === 'not-rated' &&
    forecast !== null &&
    forecast !== undefined &&
    forecast.status !== 'not-rated'
  ) {
    return forecast.status;
  }
  return row.latestRating.status;
}

/** Missing reasons that mean 'not due', not 'missing'. */
const NOT_DUE = new Set(['reported-less-often', 'not-yet-due', 'not-applicable']);

/** How many months after a period ends its figure may still be awaited, by frequency. */
const ALLOWED_LAG_MONTHS: Record<string, number> = {
  monthly: 2,
  quarterly: 4,
  annual: 15,
  'academic-year': 15,
};

/** True when the latest figure is more than its allowed lag behind the as-at period. */
export function isOverdue(row: Pick<RowLike, 'asAt' | 'latest' | 'indicator'>): boolean {
  const frequency = row.indicator?.frequency;
  const lag = frequency === undefined ? undefined : ALLOWED_LAG_MONTHS[frequency];
  if (lag === undefined || row.asAt === null || row.asAt === undefined || row.latest === null)
    return false;
  const asAt = monthSpanOf(row.asAt);
  const latest = monthSpanOf(row.latest.period);
  if (asAt === null || latest === null) return false;
  return asAt.last - latest.last > lag;
}

/**
 * No usable latest figure: none at all, a figure recorded as missing (not available, TBC…), or an
 * overdue one. Figures 'reported quarterly' or not yet due are not counted as missing.
 */
export function isMissingData(row: Pick<RowLike, 'asAt' | 'latest' | 'indicator'>): boolean {
  const latest = row.latest;
  if (latest === null) return true;
  if (latest.value === null) {
    if (latest.missing !== undefined) return !NOT_DUE.has(latest.missing.reason);
    return latest.printed === undefined;
  }
  return isOverdue(row);
}

function isExcepted(row: RowLike, kind: ExceptionKind): boolean {
  const status = headlineStatus(row);
  const worsening = row.direction.direction === 'worsening';
  switch (kind) {
    case 'red':
      // Kent comments on every indicator red for the year to date, even when the month is not (004 line 410).
      return status === 'red' || row.ytdRating?.status === 'red';
    case 'red-and-worsening':
      return status === 'red' && worsening;
    case 'amber-and-worsening':
      return status === 'amber' && worsening;
    case 'missing-data':
      return isMissingData(row);
  }
}

/** Counts a set of rows: statuses (headline), directions, red and worsening, missing data. */
export function countStatuses(rows: readonly RowLike[]): StatusCounts {
  const counts = emptyStatusCounts();
  for (const row of rows) {
    counts.total += 1;
    const status = headlineStatus(row);
    if (status === 'green') counts.green += 1;
    else if (status === 'amber') counts.amber += 1;
    else if (status === 'red') counts.red += 1;
    else counts.notRated += 1;
    const direction = row.direction.direction;
    if (direction === 'improving') counts.improving += 1;
    else if (direction === 'worsening') counts.worsening += 1;
    else if (direction === 'no-change') counts.noChange += 1;
    if (isExcepted(row, 'red-and-worsening')) counts.redAndWorsening += 1;
    if (status !== 'red' && row.ytdRating?.status === 'red') counts.redYearToDateOnly += 1;
    if (isMissingData(row)) counts.missingData += 1;
  }
  return counts;
}

/** Adds two sets of counts (for rolling units up into divisions and directorates). */
export function addStatusCounts(a: StatusCounts, b: StatusCounts): StatusCounts {
  const sum = emptyStatusCounts();
  for (const key of Object.keys(sum) as (keyof StatusCounts)[]) sum[key] = a[key] + b[key];
  return sum;
}

/**
 * Counts per group, e.g. per directorate or framework. A row may sit in several groups
 * (an indicator with PAF and BVPI codes); each group counts it once.
 */
export function countStatusesBy<T extends RowLike>(
  rows: readonly T[],
  groupsOf: (row: T) => readonly string[],
): Map<string, StatusCounts> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    for (const group of new Set(groupsOf(row))) {
      const list = grouped.get(group) ?? [];
      list.push(row);
      grouped.set(group, list);
    }
  }
  return new Map([...grouped].map(([group, list]) => [group, countStatuses(list)]));
}

/** The rows for an exception view, in their given order. */
export function selectExceptions<T extends RowLike>(rows: readonly T[], kind: ExceptionKind): T[] {
  return rows.filter((row) => isExcepted(row, kind));
}

/** Plain words for an exception view's heading. */
export function describeException(kind: ExceptionKind): string {
  return exceptionHeadings[kind];
}

/**
 * When a return is due and whether it is overdue. Dates are ISO calendar dates (`2012-06-21`),
 * read and counted in UTC so the answer never depends on the machine's time zone.
 */
import { BANK_HOLIDAY_YEARS, ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bank-holidays';
import { formatPeriod, monthSpanOf, MONTHS } from './periods';

export type DueDateRule =
  | { kind: 'working-days-after-period-end'; days: number }
  | { kind: 'calendar-days-after-period-end'; days: number };

/** Kent's practice: figures are due 15 working days after the month (or quarter, or year) ends. */
export const DEFAULT_DUE_DATE_RULE: DueDateRule = {
  kind: 'working-days-after-period-end',
  days: 15,
};

const HOLIDAYS: ReadonlyMap<string, string> = new Map(ENGLAND_AND_WALES_BANK_HOLIDAYS);
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toDays(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (m?.[1] === undefined || m[2] === undefined || m[3] === undefined) {
    throw new RangeError(`not an ISO date (YYYY-MM-DD): ${iso}`);
  }
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(ms).toISOString().slice(0, 10);
  if (back !== iso) throw new RangeError(`no such date: ${iso}`);
  return ms / DAY_MS;
}

const fromDays = (days: number): string => new Date(days * DAY_MS).toISOString().slice(0, 10);

/** "21 June 2012". */
export function formatDate(iso: string): string {
  const date = new Date(toDays(iso) * DAY_MS);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}

export function bankHolidayOn(iso: string): string | null {
  return HOLIDAYS.get(iso) ?? null;
}

export function isWorkingDay(iso: string): boolean {
  const weekday = new Date(toDays(iso) * DAY_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(iso);
}

/** The `n`th working day after `iso` (n ≥ 1), with the bank holidays skipped on the way. */
export function addWorkingDays(iso: string, n: number): { date: string; skipped: string[] } {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`working days must be 1 or more: ${n}`);
  let day = toDays(iso);
  const skipped: string[] = [];
  for (let counted = 0; counted < n;) {
    day += 1;
    const date = fromDays(day);
    if (isWorkingDay(date)) counted += 1;
    else if (HOLIDAYS.has(date)) skipped.push(date);
  }
  return { date: fromDays(day), skipped };
}

/** The last day of a period (`2012-05` → `2012-05-31`, `2012/13` → `2013-03-31`), or null. */
export function periodEndDate(periodId: string): string | null {
  const span = monthSpanOf(periodId);
  if (span === null) return null;
  const year = Math.floor(span.last / 12);
  const month = span.last % 12; // 0-based; day 0 of the next month is the last of this one
  return fromDays(Date.UTC(year, month + 1, 0) / DAY_MS);
}

export interface DueDate {
  /** ISO date the return is due by (inclusive). */
  date: string;
  /** Plain English: "Due 21 June 2012: 15 working days after May 2012 ends …". */
  reason: string;
  /** Set when the bank holidays for the years counted are not in the data. */
  caveat?: string;
}

export function dueDateFor(
  periodId: string,
  rule: DueDateRule = DEFAULT_DUE_DATE_RULE,
): DueDate | null {
  const end = periodEndDate(periodId);
  if (end === null) return null;
  const period = formatPeriod(periodId);
  if (rule.kind === 'calendar-days-after-period-end') {
    const date = fromDays(toDays(end) + rule.days);
    return {
      date,
      reason: `Due ${formatDate(date)}: ${rule.days} days after ${period} ends (${formatDate(end)}).`,
    };
  }
  const { date, skipped } = addWorkingDays(end, rule.days);
  const holidays =
    skipped.length === 0
      ? ''
      : `, nor the bank holiday${skipped.length > 1 ? 's' : ''} on ${skipped.map(formatDate).join(' and ')}`;
  const year = Number(date.slice(0, 4));
  const known = year >= BANK_HOLIDAY_YEARS.first && year <= BANK_HOLIDAY_YEARS.last;
  return {
    date,
    reason: `Due ${formatDate(date)}: ${rule.days} working days after ${period} ends (${formatDate(end)}), not counting weekends${holidays}.`,
    ...(known
      ? {}
      : {
          caveat: `Bank holidays are known for ${BANK_HOLIDAY_YEARS.first}–${BANK_HOLIDAY_YEARS.last} only; ${year} counts weekends alone.`,
        }),
  };
}

/** What a return's status means for its timing: received ones are never overdue. */
export type ReturnTimingState = 'not-yet-due' | 'due' | 'overdue' | 'received';

export interface ReturnTiming {
  state: ReturnTimingState;
  reason: string;
}

/**
 * Whether a period's return is outstanding as at `today`. `received` is true once it has been
 * submitted or approved; a return sent back to the contributor counts as outstanding again.
 */
export function returnTiming(
  periodId: string,
  today: string,
  received: boolean,
  rule: DueDateRule = DEFAULT_DUE_DATE_RULE,
): ReturnTiming | null {
  const due = dueDateFor(periodId, rule);
  const end = periodEndDate(periodId);
  if (due === null || end === null) return null;
  const period = formatPeriod(periodId);
  if (received) return { state: 'received', reason: `${period} has been sent in.` };
  const now = toDays(today);
  if (now <= toDays(end)) {
    return {
      state: 'not-yet-due',
      reason: `${period} has not ended yet; due ${formatDate(due.date)}.`,
    };
  }
  const late = now - toDays(due.date);
  if (late <= 0) return { state: 'due', reason: `${period} is due by ${formatDate(due.date)}.` };
  return {
    state: 'overdue',
    reason: `${period} is overdue: it was due ${formatDate(due.date)}, ${late} day${late === 1 ? '' : 's'} ago.`,
  };
}

/** The rule kinds an administrator may choose, defined once (zod and labels derive from it). */
export const DUE_DATE_RULE_KINDS = [
  'working-days-after-period-end',
  'calendar-days-after-period-end',
] as const;

/** The most days a rule may name: beyond a year a "due date" no longer means anything. */
export const MAX_DUE_DAYS = 366;

/**
 * The rule an indicator follows when no administrator has set one, from how often it is
 * collected: a month or quarter has Kent's 15 working days; a year's outturn (audited, often
 * waiting for national data) has 30.
 */
export function defaultDueDateRule(frequency: string): DueDateRule {
  return frequency === 'annual' || frequency === 'academic-year'
    ? { kind: 'working-days-after-period-end', days: 30 }
    : DEFAULT_DUE_DATE_RULE;
}

/** "15 working days after the period ends". */
export function describeDueDateRule(rule: DueDateRule): string {
  const unit = rule.kind === 'working-days-after-period-end' ? 'working day' : 'day';
  return `${rule.days} ${unit}${rule.days === 1 ? '' : 's'} after the period ends`;
}

/** The rule in force: the administrator's latest one, or the default for the frequency. */
export function dueDateRuleFor(
  frequency: string,
  set: DueDateRule | null | undefined,
): { rule: DueDateRule; source: 'set' | 'default' } {
  return set
    ? { rule: set, source: 'set' }
    : { rule: defaultDueDateRule(frequency), source: 'default' };
}

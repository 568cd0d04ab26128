/**
 * Reporting periods: UK financial years (April–March), quarters (Q1 = April–June), months,
 * calendar years and academic years (September–August).
 *
 * Canonical ids: `2007/08`, `2012/13 Q1`, `2012-05`, `2010`, `AY 2011/12`.
 * Every function taking an id reads it strictly as a canonical id, so `2010-11` is November 2010.
 * `parsePeriod` also reads council spellings, where `2010-11` means the financial year 2010/11.
 */

export type PeriodKind = 'financial-year' | 'quarter' | 'month' | 'calendar-year' | 'academic-year';

export type Period =
  | { kind: 'financial-year'; startYear: number }
  | { kind: 'quarter'; startYear: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'calendar-year'; year: number }
  | { kind: 'academic-year'; startYear: number };

export interface ParsePeriodOptions {
  /**
   * How to read `YYYY-YY` when the two years follow on (`2010-11`): council papers mean the
   * financial year; canonical month ids mean November 2010. Defaults to 'financial-year'.
   */
  hyphenated?: 'financial-year' | 'month';
}

/** The months' names in English, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const MONTH_LOOKUP: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap((name, index) => {
    const entries: [string, number][] = [
      [name.toLowerCase(), index + 1],
      [name.slice(0, 3).toLowerCase(), index + 1],
    ];
    if (name === 'September') entries.push(['sept', 9]);
    return entries;
  }),
);

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

const pad2 = (n: number): string => String(n % 100).padStart(2, '0');
const validYear = (year: number): boolean =>
  Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;

/** Two-digit years as councils write them: 00–49 are 2000s, 50–99 are 1900s. */
function expandTwoDigitYear(yy: number): number {
  return yy < 50 ? 2000 + yy : 1900 + yy;
}

/** The second year of a span, written with 1, 2 or 4 digits, must be the year after `startYear`. */
function followsOn(startYear: number, written: string): boolean {
  const next = startYear + 1;
  if (written.length === 4) return Number(written) === next;
  if (written.length === 2) return Number(written) === next % 100;
  if (written.length === 1) return Number(written) === next % 10;
  return false;
}

function yearSpanStart(first: string, second: string): number | null {
  const startYear = first.length === 2 ? expandTwoDigitYear(Number(first)) : Number(first);
  if (!validYear(startYear) || !followsOn(startYear, second)) return null;
  return startYear;
}

const CANONICAL = {
  financialYear: /^(\d{4})\/(\d{2})$/,
  quarter: /^(\d{4})\/(\d{2}) Q([1-4])$/,
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  calendarYear: /^(\d{4})$/,
  academicYear: /^AY (\d{4})\/(\d{2})$/,
};

/** Ids repeat endlessly in a dataset, so parsed ids are remembered (bounded, values are immutable). */
const parsedIds = new Map<string, Readonly<Period> | null>();
const PARSED_IDS_LIMIT = 20_000;

/** Reads a canonical period id only (`2007/08`, `2012/13 Q1`, `2012-05`, `2010`, `AY 2011/12`). */
export function parsePeriodId(id: string): Period | null {
  const known = parsedIds.get(id);
  if (known !== undefined) return known === null ? null : { ...known };
  const parsed = readPeriodId(id);
  if (parsedIds.size >= PARSED_IDS_LIMIT) parsedIds.clear();
  parsedIds.set(id, parsed === null ? null : { ...parsed });
  return parsed;
}

function readPeriodId(id: string): Period | null {
  let m = CANONICAL.financialYear.exec(id);
  if (m?.[1] !== undefined && m[2] !== undefined) {
    const start = yearSpanStart(m[1], m[2]);
    return start === null ? null : { kind: 'financial-year', startYear: start };
  }
  m = CANONICAL.quarter.exec(id);
  if (m?.[1] !== undefined && m[2] !== undefined && m[3] !== undefined) {
    return quarterOf(m[1], m[2], m[3]);
  }
  m = CANONICAL.month.exec(id);
  if (m?.[1] !== undefined && m[2] !== undefined) {
    const year = Number(m[1]);
    return validYear(year) ? { kind: 'month', year, month: Number(m[2]) } : null;
  }
  m = CANONICAL.calendarYear.exec(id);
  if (m?.[1] !== undefined) {
    const year = Number(m[1]);
    return validYear(year) ? { kind: 'calendar-year', year } : null;
  }
  m = CANONICAL.academicYear.exec(id);
  if (m?.[1] !== undefined && m[2] !== undefined) {
    const start = yearSpanStart(m[1], m[2]);
    return start === null ? null : { kind: 'academic-year', startYear: start };
  }
  return null;
}

/** Quarter `quarter` of the financial year written `first/second`; null when the years do not follow on. */
function quarterOf(first: string, second: string, quarter: string): Period | null {
  const start = yearSpanStart(first, second);
  return start === null
    ? null
    : { kind: 'quarter', startYear: start, quarter: toQuarter(Number(quarter)) };
}

function toQuarter(n: number): 1 | 2 | 3 | 4 {
  if (n === 1 || n === 2 || n === 3 || n === 4) return n;
  throw new RangeError(`quarter must be 1 to 4, got ${n}`);
}

const SPAN = String.raw`(\d{4}|\d{2})\s*[/-]\s*(\d{4}|\d{2}|\d)`;
const COUNCIL = {
  span: new RegExp(`^${SPAN}$`),
  quarterAfter: new RegExp(`^${SPAN}\\s*,?\\s*Q([1-4])$`, 'i'),
  quarterBefore: new RegExp(`^Q([1-4])\\s*,?\\s*${SPAN}$`, 'i'),
  academicBefore: new RegExp(`^(?:AY|academic year)\\s*${SPAN}$`, 'i'),
  academicAfter: new RegExp(`^${SPAN}\\s*\\(?academic(?: year)?\\)?$`, 'i'),
  financialBefore: new RegExp(`^(?:FY|financial year)\\s*${SPAN}$`, 'i'),
  monthName: /^([A-Za-z]+)\.?[\s-]*'?(\d{4}|\d{2})$/,
};

/**
 * Reads a period as councils write it, or a canonical id. Returns null for anything else
 * (never guesses): `2007/08`, `2007-08`, `07/08`, `2006/7`, `2005/2006` are financial years;
 * `Aug 04`, `Mar-07`, `May 2012`, `Sept 2011` are months; `2012/13 Q1` and `Q1 2012/13` quarters;
 * `2010` a calendar year; `AY 2011/12` or `2011/12 academic year` academic years.
 */
export function parsePeriod(text: string, options: ParsePeriodOptions = {}): Period | null {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return null;

  const hyphenIsMonth = options.hyphenated === 'month';
  // A canonical month id is also a valid council span when the years follow on (2010-11).
  if (hyphenIsMonth || !/^\d{4}-\d{2}$/.test(trimmed)) {
    const canonical = parsePeriodId(trimmed);
    if (canonical !== null) return canonical;
  }

  let m = COUNCIL.span.exec(trimmed);
  if (m?.[1] !== undefined && m[2] !== undefined) {
    const start = yearSpanStart(m[1], m[2]);
    if (start !== null) return { kind: 'financial-year', startYear: start };
    return parsePeriodId(trimmed);
  }
  m = COUNCIL.quarterAfter.exec(trimmed);
  if (m?.[1] !== undefined && m[2] !== undefined && m[3] !== undefined) {
    return quarterOf(m[1], m[2], m[3]);
  }
  m = COUNCIL.quarterBefore.exec(trimmed);
  if (m?.[1] !== undefined && m[2] !== undefined && m[3] !== undefined) {
    return quarterOf(m[2], m[3], m[1]);
  }
  m = COUNCIL.academicBefore.exec(trimmed) ?? COUNCIL.academicAfter.exec(trimmed);
  if (m?.[1] !== undefined && m[2] !== undefined) {
    const start = yearSpanStart(m[1], m[2]);
    return start === null ? null : { kind: 'academic-year', startYear: start };
  }
  m = COUNCIL.financialBefore.exec(trimmed);
  if (m?.[1] !== undefined && m[2] !== undefined) {
    const start = yearSpanStart(m[1], m[2]);
    return start === null ? null : { kind: 'financial-year', startYear: start };
  }
  m = COUNCIL.monthName.exec(trimmed);
  if (m?.[1] !== undefined && m[2] !== undefined) {
    const month = MONTH_LOOKUP.get(m[1].toLowerCase());
    if (month === undefined) return null;
    const year = m[2].length === 2 ? expandTwoDigitYear(Number(m[2])) : Number(m[2]);
    return validYear(year) ? { kind: 'month', year, month } : null;
  }
  return null;
}

/** The canonical id of a period. */
export function toPeriodId(p: Period): string {
  switch (p.kind) {
    case 'financial-year':
      return `${p.startYear}/${pad2(p.startYear + 1)}`;
    case 'quarter':
      return `${p.startYear}/${pad2(p.startYear + 1)} Q${p.quarter}`;
    case 'month':
      return `${p.year}-${String(p.month).padStart(2, '0')}`;
    case 'calendar-year':
      return String(p.year);
    case 'academic-year':
      return `AY ${p.startYear}/${pad2(p.startYear + 1)}`;
  }
}

/** True when `id` is a canonical period id. */
export function isPeriodId(id: string): boolean {
  // The cache answers without the defensive copy parsePeriodId makes (the loader asks millions of times).
  const known = parsedIds.get(id);
  return known === undefined ? parsePeriodId(id) !== null : known !== null;
}

/**
 * The shape of a canonical period id, as JSON Schema can say it; the years are then checked by
 * `periodIdProblem`. The contract's schema and the address's `period` both test with it.
 */
export const PERIOD_ID_PATTERN =
  /^(\d{4}\/\d{2}( Q[1-4])?|\d{4}-(0[1-9]|1[0-2])|\d{4}|AY \d{4}\/\d{2})$/;

export const PERIOD_ID_HINT =
  'must be a period such as 2007/08, 2012/13 Q1, 2012-05, 2010 or AY 2011/12';

/** The shape of every canonical id, whatever its years: the first year, and any second one. */
const PERIOD_ID_SHAPE = /^(AY )?(\d{4})(?:\/(\d{2})(?: Q[1-4])?|-(?:0[1-9]|1[0-2]))?$/;

/**
 * Why `id` is not a canonical period id, in words; null when it is one. A right shape with
 * impossible years ('2012/99', 'AY 2011/13', '1800') says what is wrong with the years.
 */
export function periodIdProblem(id: string): string | null {
  if (isPeriodId(id)) return null;
  const shape = PERIOD_ID_SHAPE.exec(id);
  // 'AY 2011' has no second year to correct: only the general hint helps.
  if (shape?.[2] === undefined || (shape[1] !== undefined && shape[3] === undefined)) {
    return PERIOD_ID_HINT;
  }
  const year = Number(shape[2]);
  if (!validYear(year)) {
    return `"${id}" is not a period Ragstone reads: years run from ${MIN_YEAR} to ${MAX_YEAR}`;
  }
  const meant = `${shape[1] ?? ''}${year}/${pad2(year + 1)}`;
  return `"${id}" is not a real period: the second year must follow the first, as in ${meant}`;
}

/** The kind of a canonical id, or null if it is not one. */
export function periodKindOf(id: string): PeriodKind | null {
  return parsePeriodId(id)?.kind ?? null;
}

/** Months counted from January of year 0, so periods of any kind share one number line. */
export interface MonthSpan {
  first: number;
  last: number;
}

function monthSpan(p: Period): MonthSpan {
  switch (p.kind) {
    case 'financial-year':
      return { first: p.startYear * 12 + 3, last: p.startYear * 12 + 14 };
    case 'quarter': {
      const first = p.startYear * 12 + 3 + (p.quarter - 1) * 3;
      return { first, last: first + 2 };
    }
    case 'month': {
      const index = p.year * 12 + p.month - 1;
      return { first: index, last: index };
    }
    case 'calendar-year':
      return { first: p.year * 12, last: p.year * 12 + 11 };
    case 'academic-year':
      return { first: p.startYear * 12 + 8, last: p.startYear * 12 + 19 };
  }
}

const KIND_ORDER: Record<PeriodKind, number> = {
  month: 0,
  quarter: 1,
  'financial-year': 2,
  'academic-year': 3,
  'calendar-year': 4,
};

/**
 * Orders canonical ids of any kind by the month they end, so `2012-03`, `2011/12 Q4` and `2011/12`
 * come together; periods ending together run shortest first (the month before the year it closes).
 * Ids that are not canonical sort after all periods, alphabetically.
 */
export function comparePeriodIds(a: string, b: string): number {
  const pa = parsePeriodId(a);
  const pb = parsePeriodId(b);
  if (pa === null || pb === null) {
    if (pa !== null) return -1;
    if (pb !== null) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const sa = monthSpan(pa);
  const sb = monthSpan(pb);
  if (sa.last !== sb.last) return sa.last - sb.last;
  if (sa.first !== sb.first) return sb.first - sa.first;
  return KIND_ORDER[pa.kind] - KIND_ORDER[pb.kind];
}

/** Sorts ids oldest first without changing the input. */
export function sortPeriodIds(ids: readonly string[]): string[] {
  return [...ids].sort(comparePeriodIds);
}

function shift(p: Period, steps: number): Period {
  switch (p.kind) {
    case 'financial-year':
      return { kind: 'financial-year', startYear: p.startYear + steps };
    case 'academic-year':
      return { kind: 'academic-year', startYear: p.startYear + steps };
    case 'calendar-year':
      return { kind: 'calendar-year', year: p.year + steps };
    case 'quarter': {
      const index = p.startYear * 4 + (p.quarter - 1) + steps;
      return {
        kind: 'quarter',
        startYear: Math.floor(index / 4),
        quarter: toQuarter((((index % 4) + 4) % 4) + 1),
      };
    }
    case 'month': {
      const index = p.year * 12 + (p.month - 1) + steps;
      return { kind: 'month', year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
    }
  }
}

function shiftedId(id: string, steps: number): string | null {
  const p = parsePeriodId(id);
  if (p === null) return null;
  const moved = shift(p, steps);
  const id2 = toPeriodId(moved);
  return isPeriodId(id2) ? id2 : null;
}

/** The period of the same kind just before (`2012-05` → `2012-04`, `2012/13 Q1` → `2011/12 Q4`). */
export function previousPeriodId(id: string): string | null {
  return shiftedId(id, -1);
}

/** The period of the same kind just after. */
export function nextPeriodId(id: string): string | null {
  return shiftedId(id, 1);
}

/** The same period a year earlier (`2012-05` → `2011-05`, `2012/13 Q1` → `2011/12 Q1`). */
export function samePeriodLastYearId(id: string): string | null {
  const p = parsePeriodId(id);
  if (p === null) return null;
  return shiftedId(id, p.kind === 'month' ? -12 : p.kind === 'quarter' ? -4 : -1);
}

/** A label people read: '2007/08', 'May 2012', 'Q1 2012/13', '2010', '2011/12 academic year'. */
export function formatPeriod(id: string): string {
  const p = parsePeriodId(id);
  if (p === null) return id;
  switch (p.kind) {
    case 'financial-year':
      return id;
    case 'quarter':
      return `Q${p.quarter} ${p.startYear}/${pad2(p.startYear + 1)}`;
    case 'month':
      return `${MONTHS[p.month - 1] ?? ''} ${p.year}`;
    case 'calendar-year':
      return id;
    case 'academic-year':
      return `${p.startYear}/${pad2(p.startYear + 1)} academic year`;
  }
}

/** A fuller label for tooltips and screen readers: 'April 2012 to March 2013'. */
export function describePeriodSpan(id: string): string {
  const p = parsePeriodId(id);
  if (p === null) return id;
  const { first, last } = monthSpan(p);
  const label = (index: number) => `${MONTHS[index % 12] ?? ''} ${Math.floor(index / 12)}`;
  return first === last ? label(first) : `${label(first)} to ${label(last)}`;
}

/**
 * The financial year a period falls in: a month or quarter gives its year, a financial year itself.
 * Calendar and academic years straddle two financial years, so they give null.
 */
export function financialYearOf(id: string): string | null {
  const p = parsePeriodId(id);
  if (p === null) return null;
  switch (p.kind) {
    case 'financial-year':
      return id;
    case 'quarter':
      return toPeriodId({ kind: 'financial-year', startYear: p.startYear });
    case 'month':
      return toPeriodId({ kind: 'financial-year', startYear: p.month >= 4 ? p.year : p.year - 1 });
    case 'calendar-year':
    case 'academic-year':
      return null;
  }
}

/** True when every month of `inner` lies within `outer` (a period contains itself). */
export function periodContains(outer: string, inner: string): boolean {
  const po = parsePeriodId(outer);
  const pi = parsePeriodId(inner);
  if (po === null || pi === null) return false;
  const so = monthSpan(po);
  const si = monthSpan(pi);
  return so.first <= si.first && si.last <= so.last;
}

/** True when `a` ends no later than `b` ends: the test for 'at or before the as-at period'. */
export function endsByPeriod(a: string, b: string): boolean {
  const pa = parsePeriodId(a);
  const pb = parsePeriodId(b);
  if (pa === null || pb === null) return false;
  return monthSpan(pa).last <= monthSpan(pb).last;
}

/** The months of a financial year up to and including `monthId` (year-to-date), or [] if not a month. */
export function financialYearToDateMonths(monthId: string): string[] {
  const p = parsePeriodId(monthId);
  if (p?.kind !== 'month') return [];
  const startYear = p.month >= 4 ? p.year : p.year - 1;
  const first = startYear * 12 + 3;
  const last = p.year * 12 + p.month - 1;
  const ids: string[] = [];
  for (let index = first; index <= last; index += 1) {
    ids.push(toPeriodId({ kind: 'month', year: Math.floor(index / 12), month: (index % 12) + 1 }));
  }
  return ids;
}

/** The month span of a canonical id, or null if it is not one. */
export function monthSpanOf(id: string): MonthSpan | null {
  const p = parsePeriodId(id);
  return p === null ? null : monthSpan(p);
}

/** A month on the MonthSpan number line in words: 'April 2012'. */
export function describeMonthIndex(index: number): string {
  return `${MONTHS[((index % 12) + 12) % 12] ?? ''} ${Math.floor(index / 12)}`;
}

export interface DistanceOutside {
  side: 'before' | 'after';
  /** Whole months between the period and the nearest end of the others' span. */
  months: number;
  /** The months the other periods cover, first to last. */
  span: MonthSpan;
}

/**
 * How far `id` lies outside the months that `others` cover together; null when it overlaps them,
 * or when either side has no readable period.
 */
export function distanceOutside(id: string, others: readonly string[]): DistanceOutside | null {
  const own = monthSpanOf(id);
  const spans = others.map(monthSpanOf).filter((span): span is MonthSpan => span !== null);
  if (own === null || spans.length === 0) return null;
  const span = {
    first: Math.min(...spans.map((each) => each.first)),
    last: Math.max(...spans.map((each) => each.last)),
  };
  if (own.first > span.last) return { side: 'after', months: own.first - span.last, span };
  if (own.last < span.first) return { side: 'before', months: span.first - own.last, span };
  return null;
}

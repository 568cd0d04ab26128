/**
 * Periods as published statistics files write them, read into canonical period ids. The council
 * spellings ('2010/11', 'Q1 2012/13', 'May 2012') are `parsePeriod`'s; this adds the forms of
 * LG Inform ('fq_Q1_2010_11'), Explore Education Statistics ('201819' with a `time_identifier`
 * saying which kind of year), and notes after a period ('2009/10 (taxbase)').
 */
import { parsePeriod, toPeriodId, type Period } from './periods';

export interface FilePeriodContext {
  /**
   * What the file says the period is, as Explore Education Statistics' `time_identifier` does:
   * 'Academic year', 'Financial year', 'Calendar year', 'Reporting year', 'Financial year Q2',
   * 'January'.
   */
  timeIdentifier?: string | undefined;
}

const LG_INFORM_QUARTER = /^fq_Q([1-4])_(\d{4})_(\d{2})$/i;
const LG_INFORM_YEAR = /^f[yi]_(\d{4})_(\d{2})$/i;
/** Six digits: the two years of a span run together ('201819'). */
const RUN_TOGETHER = /^(\d{4})(\d{2})$/;
const TRAILING_NOTE = /\s*\([^()]*\)$/;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Reads a period written as a statistics file writes it; null when it cannot be read for sure. */
export function readFilePeriod(text: string, context: FilePeriodContext = {}): string | null {
  const period = readPeriodText(text.trim(), context.timeIdentifier?.trim().toLowerCase() ?? '');
  return period === null ? null : toPeriodId(period);
}

function readPeriodText(text: string, identifier: string): Period | null {
  if (text === '') return null;
  let m = LG_INFORM_QUARTER.exec(text);
  if (m?.[1] !== undefined && m[2] !== undefined && m[3] !== undefined) {
    return parsePeriod(`${m[2]}/${m[3]} Q${m[1]}`);
  }
  m = LG_INFORM_YEAR.exec(text);
  if (m?.[1] !== undefined && m[2] !== undefined) return parsePeriod(`${m[1]}/${m[2]}`);

  m = RUN_TOGETHER.exec(text);
  if (m?.[1] !== undefined && m[2] !== undefined) return runTogether(m[1], m[2], identifier);

  if (/^\d{4}$/.test(text) && identifier !== '') return yearWithIdentifier(text, identifier);

  const plain = parsePeriod(text);
  if (plain !== null) return plain;
  // '2009/10 (taxbase)': the note says how the figure was counted, not when.
  if (TRAILING_NOTE.test(text)) return parsePeriod(text.replace(TRAILING_NOTE, ''));
  return null;
}

/** '201819' is a span of two years; which kind the `time_identifier` says, and without it, none. */
function runTogether(first: string, second: string, identifier: string): Period | null {
  const quarter = /\bq([1-4])\b/.exec(identifier)?.[1];
  if (/financial|tax|fiscal/.test(identifier)) {
    return parsePeriod(quarter ? `${first}/${second} Q${quarter}` : `${first}/${second}`);
  }
  if (/academic|school|spring term|autumn term|summer term/.test(identifier) && !quarter) {
    return parsePeriod(`AY ${first}/${second}`);
  }
  return null;
}

/** A four-digit year: a calendar year, or a month of it when the identifier names the month. */
function yearWithIdentifier(year: string, identifier: string): Period | null {
  const month = MONTHS.indexOf(identifier);
  if (month !== -1) return parsePeriod(`${MONTHS[month] ?? ''} ${year}`);
  if (/calendar|reporting|^year$/.test(identifier)) return parsePeriod(year);
  // 'Academic year' with a single year, or a quarter of a calendar year: not a period we hold.
  return null;
}

/**
 * Reads a performance table's header cells into (measure, period) pairs, from the words the
 * plans print: 'Actual 2006/07', 'Estimated performance 2007/08', '2007/08 Outturn (forecast)',
 * 'Target 2008/09', 'Key Stage Outcomes 2007'. A column the header does not name is not read.
 */
import type { Measure } from '../../../../src/data/contract/dataset-schema';

export type ColumnSpec =
  | {
      kind: 'figure';
      measure: Measure;
      period: string;
      header: string;
      note?: string;
      /** 'ytd' for a column printed as April to a month ('Apr-Nov 06'). */
      basis?: 'ytd';
    }
  | { kind: 'comparison'; header: string }
  | { kind: 'label'; header: string }
  | { kind: 'bare-year'; period: string; header: string }
  | { kind: 'other'; header: string };

/** `2006/2007`, `2007-08`, `07/08`, `2008/9`, `2007 – 2008` → canonical financial year `2007/08`. */
export function financialYears(text: string): string[] {
  const years: string[] = [];
  const pattern = /(?<![\d£.])((?:19|20)?\d{2})\s*[/–-]\s*(\d{1,4})(?![\d%])/g;
  for (const match of text.matchAll(pattern)) {
    const [, rawStart = '', rawEnd = ''] = match;
    const start = rawStart.length === 2 ? 2000 + Number(rawStart) : Number(rawStart);
    if (start < 1995 || start > 2020) continue;
    const expected = (start + 1) % 100;
    const end = Number(rawEnd) % 100;
    // '2008/9' prints only the last digit of the closing year.
    if (end !== expected && !(rawEnd.length === 1 && Number(rawEnd) === expected % 10)) continue;
    years.push(`${start}/${String(expected).padStart(2, '0')}`);
  }
  return years;
}

const comparisonWords =
  /national|england|regional|south east|comparator|statistical|neighbour|average|quartile|benchmark|surrey|hampshire|counties/i;
const labelWords =
  /^(indicator|description|activity area|ref|comparator|manager responsible|actual difference|% change)/i;

export function cleanHeader(header: string): string {
  return header
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function readColumn(header: string): ColumnSpec {
  const text = cleanHeader(header);
  if (text === '') return { kind: 'other', header };
  if (comparisonWords.test(text) && !/^(target|kent )/i.test(text))
    return { kind: 'comparison', header };
  if (labelWords.test(text)) return { kind: 'label', header };
  const measure = measureOf(text);
  const months =
    /\bapr(?:il)?\s*[-–]\s*(jan|feb|mar|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(\d{2}|\d{4})\b/i.exec(
      text,
    );
  if (measure && months?.[1] && months[2]) {
    const monthNumber =
      ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
        months[1].toLowerCase(),
      ) + 1;
    const year = months[2].length === 2 ? 2000 + Number(months[2]) : Number(months[2]);
    return {
      kind: 'figure',
      measure,
      period: `${year}-${String(monthNumber).padStart(2, '0')}`,
      basis: 'ytd',
      header,
      note: `the column "${text}" covers April to ${months[1]} ${year} only; its figures are filed as year to date`,
    };
  }
  const keyStage = /key stage outcomes (\d{4})/i.exec(text);
  const years = financialYears(text);
  if (!measure) {
    const [year] = years;
    // A bare year ('2004/05'): the table decides whether it reads as an actual.
    return year !== undefined && cleanHeader(text).replace(/[\d/\s–-]/g, '') === ''
      ? { kind: 'bare-year', period: year, header }
      : { kind: 'other', header };
  }
  if (keyStage?.[1]) {
    // Key stage results are printed by the calendar year of the tests, whatever else the header says.
    return {
      kind: 'figure',
      measure,
      period: keyStage[1],
      header,
      ...(years.length > 0
        ? {
            note: `the header names both ${years.join(', ')} and Key Stage Outcomes ${keyStage[1]}; filed under the Key Stage year`,
          }
        : {}),
    };
  }
  const [first, second] = years;
  if (first === undefined) return { kind: 'other', header };
  if (second !== undefined && second !== first) {
    return {
      kind: 'figure',
      measure,
      period: first,
      header,
      note: `the column header names more than one year ("${text}"); figures are filed under ${first}`,
    };
  }
  return { kind: 'figure', measure, period: first, header };
}

function measureOf(text: string): Measure | null {
  if (/outturn\s*\(?forecast|forecast|projected|projection/i.test(text)) return 'forecast';
  if (/planned/i.test(text)) return 'expected';
  if (/estimat|revised/i.test(text)) return 'estimate';
  if (/baseline/i.test(text)) return 'baseline';
  if (/\bband/i.test(text)) return 'band';
  if (/target/i.test(text)) return 'target';
  if (/actual|outturn|performance|achieved/i.test(text)) return 'actual';
  return null;
}

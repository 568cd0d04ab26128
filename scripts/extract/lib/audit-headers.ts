/**
 * Table headers in the papers: which line above a figure names its columns, and the ways a
 * period may be spelt there.
 */
const HEADER_WORDS =
  /\b(actual|target|estimate|estimated|forecast|baseline|outturn|projected|expected)\b/i;
const YEARS =
  /\b(19|20)\d{2}\b|\b\d{2}\s*[/-]\s*\d{1,2}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*'?\d{2}\b/gi;
const FIGURE_CELL = /^[<>≤≥~]?-?£?[\d.,]+\s*(%|k|m)?$/i;
const MAX_HEADER_DISTANCE = 80;

/**
 * A table header names a measure, prints at least two years and holds no figures; data rows
 * such as 'Vehicle crime … 10.3 9.1 Maintain or reduce from 2006/7 Baseline' are not headers.
 */
/** A sub-header of years alone (' | 2003 | 2004 | 2005 |  | 2008') re-dates the columns below it. */
export function isYearsOnly(text: string): boolean {
  const rest = text
    .split('\t')
    .slice(1)
    .map((cell) => cell.trim())
    .filter(Boolean);
  return (
    rest.length > 0 &&
    rest.every((cell) => /^(\(?(19|20)\d{2}([/-]\d{2,4})?\)?|\d{2}\/\d{2})$/.test(cell))
  );
}

export function isHeader(line: string): boolean {
  if (isYearsOnly(line)) return true;
  // The business plans' header carries an italic hint ('… e.g. as LAA1, T2010 …') that is no column.
  const text = line.replace(/<i>.*?<\/i>/g, ' ');
  if (!HEADER_WORDS.test(text)) return false;
  if ((text.match(YEARS) ?? []).length < 1) return false;
  // Prose and data rows: long sentences, or digits other than years ('Year 1', 'Q2' allowed).
  if (text.length > 300) return false;
  const residue = text
    .replace(/\b(19|20)\d{2}\s*[/–-]\s*(19|20)?\d{1,2}\b/g, '')
    .replace(/\b\d{2}\s*[/–-]\s*\d{1,2}\b/g, '')
    .replace(/\b(19|20)\d{2}\b/g, '')
    .replace(/\b(year|q|quarter)\s*\d\b/gi, '')
    .replace(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*'?\d{2}\b/gi, '');
  // Prose is not a header: a header is a row of cells or a short line.
  if (!/\t|\s\|\s/.test(text) && text.length > 150) return false;
  if (/\d/.test(residue)) return false;
  const cells = text
    .split(/\t|\s\|\s/)
    .map((cell) => cell.trim())
    .filter(Boolean);
  return !cells.some((cell) => FIGURE_CELL.test(cell) && !/^(19|20)\d{2}$/.test(cell));
}

/** The nearest line above `line` that reads like a table header with measure words and years. */
export function nearestHeader(
  lines: string[],
  line: number,
): { line: number; text: string } | undefined {
  for (let n = line - 1; n >= 1 && n >= line - MAX_HEADER_DISTANCE; n -= 1) {
    const text = lines[n - 1] ?? '';
    if (isHeader(text)) return { line: n, text };
  }
  return undefined;
}

/** The ways a paper may print the period, for a loose match against a header. */
export function periodSpellings(period: string): string[] {
  const fy = /^(\d{2})(\d{2})\/(\d{2})(?: Q[1-4])?$/.exec(period);
  if (fy) {
    const [, century = '', yy = '', next = ''] = fy;
    const start = `${century}${yy}`;
    const end = `${Number(start) + 1}`;
    return [
      `${start}/${next}`,
      `${start}-${next}`,
      `${start}/${end}`,
      `${start}-${end}`,
      `${yy}/${next}`,
      `${yy}-${next}`,
      `${start}/${Number(next)}`,
      `${start}-${Number(next)}`,
      `${start} /${next}`,
      `${start}/ ${next}`,
    ];
  }
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const [, year = '', mm = ''] = month;
    const name = new Date(Date.UTC(Number(year), Number(mm) - 1, 1)).toLocaleString('en-GB', {
      month: 'short',
      timeZone: 'UTC',
    });
    return [`${name} ${year}`, `${name} ${year.slice(2)}`, `${name}-${year.slice(2)}`, name, year];
  }
  const academic = /^AY (\d{4})\/(\d{2})$/.exec(period);
  if (academic) return periodSpellings(`${academic[1]}/${academic[2]}`);
  return [period];
}

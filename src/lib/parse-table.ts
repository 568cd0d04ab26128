/**
 * Reads CSV text into rows numbered as a spreadsheet numbers them (blank lines count), reporting
 * every parser problem by row. An unclosed quote would otherwise swallow the rest of the file into
 * one cell: the row is reported and reading starts again on the next line, so later rows survive.
 */
import Papa from 'papaparse';

export interface TableRow {
  /** The row as the file numbers it: 1 is the first line. */
  row: number;
  cells: string[];
}

export interface RowProblem {
  row: number;
  message: string;
}

export interface ParsedTable {
  rows: TableRow[];
  problems: RowProblem[];
  delimiter: string;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Where the line holding `index` ends (the character after its line break), or -1 at the end. */
function endOfLine(text: string, index: number): number {
  const next = text.indexOf('\n', index);
  return next === -1 ? -1 : next + 1;
}

/** Counts line breaks before `index`, so a resumed parse keeps the file's row numbers. */
function linesBefore(text: string, index: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) count += 1;
  return count;
}

/**
 * The delimiter of the heading line: the most frequent of comma, semicolon and tab (files written
 * with a decimal comma separate cells with semicolons). Papaparse's own guess weighs every row and
 * is thrown by a decimal comma in the data.
 */
function headingDelimiter(text: string): string {
  const heading = text.split('\n', 1)[0] ?? '';
  const count = (c: string) => heading.split(c).length - 1;
  return [';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

export function parseTable(input: string): ParsedTable {
  const text = input.replace(/^\uFEFF/, '');
  const rows: TableRow[] = [];
  const problems: RowProblem[] = [];
  const delimiter = headingDelimiter(text);
  let offset = 0;
  let firstRow = 1;
  for (;;) {
    const rest = text.slice(offset);
    const result = Papa.parse<string[]>(rest, { delimiter });
    // The first quoting error (a quote never closed, or closed by a quote on a later line) stops
    // this pass: its record is left out and reading resumes on the line after it began.
    const unclosed = result.errors
      .filter((e) => e.type === 'Quotes' && e.row !== undefined)
      .sort((a, b) => (a.row ?? 0) - (b.row ?? 0))[0];
    const stopAt = unclosed?.row ?? Number.POSITIVE_INFINITY;
    result.data.forEach((cells, index) => {
      if (index >= stopAt || isBlank(cells)) return;
      rows.push({ row: firstRow + index, cells });
    });
    for (const error of result.errors) {
      if (error.type === 'Delimiter' || error.row === undefined || error.row >= stopAt) continue;
      problems.push({
        row: firstRow + error.row,
        message: `the CSV is malformed: ${error.message}`,
      });
    }
    if (!unclosed || unclosed.index === undefined) break;
    const row = firstRow + stopAt;
    const resume = endOfLine(rest, unclosed.index);
    const what =
      unclosed.code === 'MissingQuotes'
        ? 'a quote opens a cell and is never closed'
        : 'a quoted cell is malformed (a quote inside it is not doubled, or it runs on past the line)';
    problems.push({
      row,
      message:
        resume === -1
          ? `${what}; the row is left out`
          : `${what}; the row is left out and reading goes on from the next line`,
    });
    if (resume === -1) break;
    firstRow += linesBefore(rest, resume);
    offset += resume;
  }
  return { rows, problems, delimiter };
}

/**
 * Rows whose width differs from the heading row's: reported by row, with what is short or extra,
 * and left out rather than read as empty cells or with cells ignored.
 */
export function checkWidths(
  rows: readonly TableRow[],
  width: number,
): { rows: TableRow[]; problems: RowProblem[] } {
  const kept: TableRow[] = [];
  const problems: RowProblem[] = [];
  for (const row of rows) {
    const cells = row.cells.length;
    // Trailing empty cells (a spreadsheet's stray commas) carry nothing; they are not extra data.
    const meaningful = cells > width && row.cells.slice(width).every((c) => c.trim() === '');
    if (cells === width || meaningful)
      kept.push(cells === width ? row : { ...row, cells: row.cells.slice(0, width) });
    else
      problems.push({
        row: row.row,
        message:
          cells < width
            ? `the row has ${cells} ${cells === 1 ? 'cell' : 'cells'} but the heading has ${width}; it is left out rather than read with missing cells`
            : `the row has ${cells} cells but the heading has ${width}; it is left out rather than read with cells ignored`,
      });
  }
  return { rows: kept, problems };
}

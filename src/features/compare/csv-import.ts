/**
 * Reads a benchmarking CSV into figures for one indicator, row by row, saying exactly which rows
 * could not be read. Two layouts: 'wide' (areas as rows, periods as columns, as LG Inform exports)
 * and 'long' (one row per figure: area, period, value).
 */
import Papa from 'papaparse';
import { formatPeriod, parsePeriod, toPeriodId } from '@/domain/periods';

export type CsvLayout = 'wide' | 'long';

export interface ParsedCsv {
  headers: string[];
  /** Data rows; `rows[i]` is spreadsheet row i + 2 (the header is row 1). */
  rows: string[][];
}

export interface ColumnMapping {
  layout: CsvLayout;
  areaColumn: number;
  /** Long layout only. */
  periodColumn?: number | undefined;
  /** Long layout only. */
  valueColumn?: number | undefined;
}

export interface ImportedFigure {
  areaId: string;
  name: string;
  period: string;
  value: number | null;
  printed: string;
  /** Spreadsheet row the figure was read from. */
  row: number;
}

export interface RowError {
  row: number;
  message: string;
}

export interface ImportResult {
  figures: ImportedFigure[];
  errors: RowError[];
  /** Cells that said 'no figure' ('-', '..', 'n/a', blank): skipped, not errors. */
  skipped: number;
  /** Wide layout: headers taken as periods, with the canonical period each became. */
  periodColumns: { column: number; header: string; period: string }[];
}

export function parseCsv(text: string): ParsedCsv {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [headers = [], ...rows] = result.data;
  return { headers: headers.map((h) => h.trim()), rows };
}

/** Period columns of a wide file: headers that read as a period ('2010/11', 'Mar 07', '2012'). */
export function detectPeriodColumns(
  headers: readonly string[],
  skip: ReadonlySet<number> = new Set(),
): ImportResult['periodColumns'] {
  return headers.flatMap((header, column) => {
    if (skip.has(column)) return [];
    const period = parsePeriod(header);
    return period ? [{ column, header, period: toPeriodId(period) }] : [];
  });
}

/** A first guess at the mapping; the user can change every choice. */
export function guessMapping(parsed: ParsedCsv): ColumnMapping {
  const find = (pattern: RegExp) => parsed.headers.findIndex((h) => pattern.test(h));
  // LG Inform puts 'Area code' before 'Area name': a name beats a code.
  const byName = find(/name/i);
  const nameColumn =
    byName === -1
      ? parsed.headers.findIndex((h) => /area|authority|council/i.test(h) && !/code/i.test(h))
      : byName;
  const areaColumn = nameColumn === -1 ? 0 : nameColumn;
  const periods = detectPeriodColumns(parsed.headers, new Set([areaColumn]));
  if (periods.length > 0) return { layout: 'wide', areaColumn };
  return { layout: 'long', areaColumn, ...guessLongColumns(parsed) };
}

/** For the long layout: the columns whose headings look like a period and a value. */
export function guessLongColumns(
  parsed: ParsedCsv,
): Pick<ColumnMapping, 'periodColumn' | 'valueColumn'> {
  const find = (pattern: RegExp) => parsed.headers.findIndex((h) => pattern.test(h));
  const periodColumn = find(/period|year|date|time/i);
  const valueColumn = find(/value|figure|result|score|rate|%/i);
  return {
    periodColumn: periodColumn === -1 ? undefined : periodColumn,
    valueColumn: valueColumn === -1 ? undefined : valueColumn,
  };
}

const NO_FIGURE = /^(|-|–|—|\.\.|\.|:|x|n\/a|na|null|not available|\*)$/i;

/** '1,281', '71.5%', '£3.2' read as numbers; anything else does not. */
export function readValue(text: string): number | null {
  const cleaned = text.trim().replace(/^£/, '').replace(/,/g, '').replace(/%$/, '').trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

export function slugArea(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\b(county council|council|borough|city of|metropolitan)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Turns parsed rows into figures. `matchArea` maps a printed area name to a known area id (or null
 * for an authority the data does not hold, which gets an id of its own).
 */
export function readFigures(
  parsed: ParsedCsv,
  mapping: ColumnMapping,
  matchArea: (name: string) => { id: string; name: string } | null,
): ImportResult {
  const figures: ImportedFigure[] = [];
  const errors: RowError[] = [];
  let skipped = 0;
  const periodColumns =
    mapping.layout === 'wide'
      ? detectPeriodColumns(parsed.headers, new Set([mapping.areaColumn]))
      : [];

  if (mapping.layout === 'wide' && periodColumns.length === 0) {
    errors.push({
      row: 1,
      message: 'no column heading reads as a period (for example 2010/11 or Mar 2012)',
    });
  }
  if (
    mapping.layout === 'long' &&
    (mapping.periodColumn === undefined || mapping.valueColumn === undefined)
  ) {
    errors.push({ row: 1, message: 'choose which columns hold the period and the value' });
    return { figures, errors, skipped, periodColumns };
  }

  parsed.rows.forEach((cells, index) => {
    const row = index + 2;
    const name = (cells[mapping.areaColumn] ?? '').trim();
    if (name === '') {
      errors.push({ row, message: 'the area name is empty' });
      return;
    }
    const area = matchArea(name) ?? { id: `imported-${slugArea(name) || String(row)}`, name };
    const take = (periodText: string, period: string | null, printed: string) => {
      if (period === null) {
        errors.push({
          row,
          message: `period "${periodText}" is not a period (for example 2010/11, 2012-05 or May 2012)`,
        });
        return;
      }
      if (NO_FIGURE.test(printed.trim())) {
        skipped += 1;
        return;
      }
      const value = readValue(printed);
      if (value === null) {
        errors.push({
          row,
          message: `value "${printed}" is not a number (${area.name}, ${formatPeriod(period)})`,
        });
        return;
      }
      figures.push({
        areaId: area.id,
        name: area.name,
        period,
        value,
        printed: printed.trim(),
        row,
      });
    };
    if (mapping.layout === 'wide') {
      for (const { column, header, period } of periodColumns)
        take(header, period, cells[column] ?? '');
    } else {
      const periodText = (cells[mapping.periodColumn ?? -1] ?? '').trim();
      const parsedPeriod = parsePeriod(periodText);
      take(
        periodText,
        parsedPeriod ? toPeriodId(parsedPeriod) : null,
        cells[mapping.valueColumn ?? -1] ?? '',
      );
    }
  });
  return { figures, errors, skipped, periodColumns };
}

export function formatRowError(error: RowError): string {
  return `Row ${error.row}: ${error.message}`;
}

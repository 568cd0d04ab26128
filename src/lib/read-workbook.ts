/**
 * Reads a workbook (XLSX, with exceljs) or a CSV file into plain sheets of typed cells, numbered as
 * the spreadsheet numbers them. Nothing is interpreted here: a formula stays a formula, a date a
 * date, a merged cell says so, so the reader of the template can refuse each in words.
 */
import { parseTable } from './parse-table';

export type RawCell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  /** `format` is the cell's Excel number format, when it has one ('0.0%', 'General'). */
  | { kind: 'number'; value: number; format?: string | undefined }
  | { kind: 'date'; iso: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'formula'; formula: string }
  | { kind: 'error'; text: string }
  /** Part of a merged range, e.g. 'B3:C3'. */
  | { kind: 'merged'; range: string; text: string };

export interface RawRow {
  /** The row as the spreadsheet numbers it: 1 is the first. */
  row: number;
  cells: RawCell[];
}

export interface RawSheet {
  name: string;
  rows: RawRow[];
  /** Problems reading the file itself (CSV quoting, short rows), by row. */
  problems: { row: number; message: string }[];
}

export type WorkbookReading = { ok: true; sheets: RawSheet[] } | { ok: false; problem: string };

/** The most characters a cell may hold before it is refused unread (Excel's own limit is 32,767). */
export const MAX_CELL_CHARACTERS = 32_767;

const EMPTY: RawCell = { kind: 'empty' };

function isRecordWith<K extends string>(value: unknown, key: K): value is Record<K, unknown> {
  return typeof value === 'object' && value !== null && key in value;
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isRecordWith(value, 'richText') && Array.isArray(value.richText)) {
    return value.richText
      .map((part: unknown) => (isRecordWith(part, 'text') ? String(part.text) : ''))
      .join('');
  }
  if (isRecordWith(value, 'text')) return textOf(value.text);
  return '';
}

/** One exceljs cell value as a RawCell. */
export function rawCellOf(value: unknown, format?: string): RawCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number')
    return Number.isFinite(value)
      ? { kind: 'number', value, format }
      : { kind: 'error', text: String(value) };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? { kind: 'error', text: 'an invalid date' }
      : { kind: 'date', iso: value.toISOString().slice(0, 10) };
  }
  if (typeof value === 'string') {
    const text = value.length > MAX_CELL_CHARACTERS ? value.slice(0, MAX_CELL_CHARACTERS) : value;
    return text.trim() === '' ? EMPTY : { kind: 'text', text };
  }
  if (isRecordWith(value, 'formula') || isRecordWith(value, 'sharedFormula')) {
    const formula = isRecordWith(value, 'formula') ? value.formula : value.sharedFormula;
    return { kind: 'formula', formula: `=${String(formula)}` };
  }
  if (isRecordWith(value, 'error')) return { kind: 'error', text: String(value.error) };
  const text = textOf(value);
  return text.trim() === '' ? EMPTY : { kind: 'text', text };
}

/** The bytes of an XLSX file as sheets; a file exceljs cannot open is one problem in words. */
export async function readXlsx(bytes: ArrayBuffer): Promise<WorkbookReading> {
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problem: `The file could not be opened as an Excel workbook (${reason.slice(0, 200)}). Save it from Excel as .xlsx, or as CSV, and try again.`,
    };
  }
  const sheets: RawSheet[] = [];
  workbook.eachSheet((worksheet) => {
    const rows: RawRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: RawCell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        const raw = cell.isMerged
          ? ({
              kind: 'merged',
              range: `${cell.master.address}${cell.master === cell ? '' : ` (with ${cell.address})`}`,
              text: cellText(rawCellOf(cell.master.value)),
            } as const)
          : rawCellOf(cell.value, cell.numFmt);
        cells[column - 1] = raw;
      });
      for (let i = 0; i < cells.length; i += 1) cells[i] ??= EMPTY;
      rows.push({ row: rowNumber, cells });
    });
    sheets.push({ name: worksheet.name, rows, problems: [] });
  });
  return { ok: true, sheets };
}

/** A CSV file is one sheet, named by the caller; every cell is text as written. */
export function readCsvSheet(text: string, name: string): RawSheet {
  const table = parseTable(text);
  return {
    name,
    rows: table.rows.map((row) => ({
      row: row.row,
      cells: row.cells.map((cell) =>
        cell.trim() === ''
          ? EMPTY
          : {
              kind: 'text',
              text: cell.length > MAX_CELL_CHARACTERS ? cell.slice(0, MAX_CELL_CHARACTERS) : cell,
            },
      ),
    })),
    problems: table.problems,
  };
}

/** What a cell shows, for the preview. */
export function cellText(cell: RawCell | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.text;
    case 'number':
      return String(cell.value);
    case 'date':
      return cell.iso;
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'formula':
      return cell.formula;
    case 'error':
      return cell.text;
    case 'merged':
      return cell.text;
  }
}

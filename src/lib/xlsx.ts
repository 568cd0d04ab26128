/**
 * Tables as an Excel workbook, with real number formats and a sheet of definitions. The workbook
 * library (exceljs) is loaded only when someone asks for a workbook, so it is never part of the
 * first view. Every text cell goes through `safeSpreadsheetCell`, like the CSV export.
 */
import { safeSpreadsheetCell } from './spreadsheet-safety';

/** A number with its own Excel format, for columns that mix units (a scorecard's figures). */
export interface FormattedNumber {
  value: number;
  numFmt: string;
}

export type SheetCell = string | number | null | undefined | FormattedNumber;

export interface SheetColumn {
  header: string;
  /** Excel's number format for the column, e.g. '#,##0.0' or '0.0"%"'. */
  numFmt?: string | undefined;
  width?: number | undefined;
  /** A closed list the cell must take: Excel offers it as a drop-down and refuses anything else. */
  choices?: readonly string[] | undefined;
  /** A note on the header cell, shown when the pointer rests on it. */
  note?: string | undefined;
}

export interface WorkbookSheet {
  name: string;
  /** Lines above the table: its title first, then period, source and the like. */
  heading?: readonly string[] | undefined;
  columns: readonly SheetColumn[];
  rows: readonly (readonly SheetCell[])[];
  /** Empty rows below the data that still carry the columns' lists, for people to fill in. */
  blankRows?: number | undefined;
  /** A sheet of prose (a read-me): no bold header row, no frozen pane. */
  prose?: boolean | undefined;
}

/** Excel keeps an inline list's formula under 255 characters, with the items comma-separated. */
function listFormula(choices: readonly string[]): string {
  const formula = `"${choices.join(',')}"`;
  if (formula.length > 255) throw new Error(`xlsx: the list ${formula.slice(0, 40)}… is too long`);
  return formula;
}

export function isFormattedNumber(cell: SheetCell): cell is FormattedNumber {
  return typeof cell === 'object' && cell !== null;
}

/** The cell's value alone, as the CSV writes it. */
export function plainCell(cell: SheetCell): string | number | null | undefined {
  return isFormattedNumber(cell) ? cell.value : cell;
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
export function sheetName(name: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet'
  );
}

/** Structurally the dataset's unit, as far as a number format needs it. */
export interface FormatUnit {
  type: string;
  per?: number | undefined;
  label?: string | undefined;
  decimals?: number | undefined;
}

/** Money already held in thousands ('GBP (000)', '£000s', 'thousands'). */
function inThousands(unit: FormatUnit): boolean {
  return /000|thousand/i.test(unit.label ?? '');
}

/**
 * The number format Excel should show a figure with, from its unit. Figures are stored as written
 * (71.5 for 71.5%), so the percent sign and the unit words are literal text, never Excel's scaling.
 */
export function numberFormat(unit: FormatUnit): string {
  const decimals = unit.decimals ?? (unit.type === 'percent' || unit.type === 'rate' ? 1 : 0);
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  const figure = `#,##0${fraction}`;
  switch (unit.type) {
    case 'percent':
      return `${figure}"%"`;
    case 'currency':
      return inThousands(unit) ? `"£"${figure}"k"` : `"£"#,##0${unit.decimals ? fraction : ''}`;
    case 'rate':
      return unit.per === undefined
        ? figure
        : `${figure}" per ${unit.per.toLocaleString('en-GB')}"`;
    case 'days':
      return `${figure}" days"`;
    case 'weeks':
      return `${figure}" weeks"`;
    case 'count':
      return figure;
    default:
      return unit.decimals === undefined ? '#,##0.##' : figure;
  }
}

export async function workbookBytes(sheets: readonly WorkbookSheet[]): Promise<ArrayBuffer> {
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  workbook.creator = 'Ragstone';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name));
    sheet.columns.forEach((column, index) => {
      const excelColumn = worksheet.getColumn(index + 1);
      excelColumn.width = column.width ?? Math.min(60, Math.max(12, column.header.length + 2));
      // A column format also reaches the blank rows left for people to fill in.
      if (column.numFmt !== undefined) excelColumn.numFmt = column.numFmt;
    });
    const heading = sheet.heading ?? [];
    heading.forEach((line, index) => {
      const row = worksheet.addRow([safeSpreadsheetCell(line)]);
      row.font = index === 0 ? { bold: true, size: 14 } : { italic: true };
    });
    if (heading.length > 0) worksheet.addRow([]);
    const header = worksheet.addRow(sheet.columns.map((c) => safeSpreadsheetCell(c.header)));
    if (!sheet.prose) {
      header.font = { bold: true };
      // The header stays in view however far down the reader scrolls.
      worksheet.views = [{ state: 'frozen', ySplit: header.number }];
    }
    for (const cells of sheet.rows) {
      const row = worksheet.addRow(
        cells.map((cell) => safeSpreadsheetCell(plainCell(cell) ?? null)),
      );
      cells.forEach((cell, index) => {
        const numFmt = isFormattedNumber(cell) ? cell.numFmt : sheet.columns[index]?.numFmt;
        if (numFmt !== undefined && typeof plainCell(cell) === 'number')
          row.getCell(index + 1).numFmt = numFmt;
      });
    }
    const lastRow = header.number + sheet.rows.length + (sheet.blankRows ?? 0);
    sheet.columns.forEach((column, index) => {
      if (column.note) header.getCell(index + 1).note = column.note;
      if (!column.choices) return;
      const formula = listFormula(column.choices);
      for (let row = header.number + 1; row <= lastRow; row += 1) {
        worksheet.getRow(row).getCell(index + 1).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [formula],
          showErrorMessage: true,
          errorTitle: column.header,
          error: `Choose one of: ${column.choices.join(', ')}`,
        };
      }
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer instanceof ArrayBuffer ? buffer : new Uint8Array(buffer).buffer;
}

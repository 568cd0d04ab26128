/**
 * Tables as an Excel workbook, with real number formats and a sheet of definitions. The workbook
 * library (exceljs) is loaded only when someone asks for a workbook, so it is never part of the
 * first view. Every text cell goes through `safeSpreadsheetCell`, like the CSV export.
 */
import { safeSpreadsheetCell } from './spreadsheet-safety';

export type SheetCell = string | number | null | undefined;

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

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
export function sheetName(name: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet'
  );
}

/** The number format Excel should show a figure with, from its unit type and decimals. */
export function numberFormat(unit: { type: string; decimals?: number | undefined }): string {
  const decimals = unit.decimals ?? (unit.type === 'percent' ? 1 : 2);
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  // Figures are stored as written (71.5 for 71.5%), so the percent sign is text, not Excel's %.
  if (unit.type === 'percent') return `#,##0${fraction}"%"`;
  if (unit.type === 'currency') return `"£"#,##0${fraction}`;
  return `#,##0${unit.decimals === undefined ? '.##' : fraction}`;
}

export async function workbookBytes(sheets: readonly WorkbookSheet[]): Promise<ArrayBuffer> {
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  workbook.creator = 'Ragstone';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name));
    worksheet.columns = sheet.columns.map((column, index) => ({
      header: safeSpreadsheetCell(column.header),
      key: String(index),
      width: column.width ?? Math.min(60, Math.max(12, column.header.length + 2)),
      ...(column.numFmt ? { style: { numFmt: column.numFmt } } : {}),
    }));
    if (!sheet.prose) {
      worksheet.getRow(1).font = { bold: true };
      worksheet.views = [{ state: 'frozen', ySplit: 1 }];
    }
    for (const row of sheet.rows)
      worksheet.addRow(row.map((cell) => safeSpreadsheetCell(cell ?? null)));
    const lastRow = 1 + sheet.rows.length + (sheet.blankRows ?? 0);
    sheet.columns.forEach((column, index) => {
      if (column.note) worksheet.getRow(1).getCell(index + 1).note = column.note;
      if (!column.choices) return;
      const formula = listFormula(column.choices);
      for (let row = 2; row <= lastRow; row += 1) {
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

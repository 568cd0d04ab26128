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
}

export interface WorkbookSheet {
  name: string;
  columns: readonly SheetColumn[];
  rows: readonly (readonly SheetCell[])[];
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
    worksheet.getRow(1).font = { bold: true };
    worksheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of sheet.rows)
      worksheet.addRow(row.map((cell) => safeSpreadsheetCell(cell ?? null)));
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer instanceof ArrayBuffer ? buffer : new Uint8Array(buffer).buffer;
}

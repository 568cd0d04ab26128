/**
 * The one export path for a table on screen: the same table description becomes the CSV (the
 * table alone, for other programs) and the workbook (title, period and source above the table,
 * number formats, further sheets such as the trend, and a sheet of definitions). Both write their
 * cells through `safeSpreadsheetCell`, so the formula rule is the same in both.
 */
import { toCsv } from './csv';
import { plainCell, workbookBytes, type SheetColumn, type WorkbookSheet } from './xlsx';

export interface ExportTable {
  /** The main sheet: the table as it is on screen. Its heading is the title, period and source. */
  table: WorkbookSheet;
  /** More sheets for the workbook only (a unit's trend). */
  extraSheets?: readonly WorkbookSheet[] | undefined;
  /** What each indicator, column or term means; the workbook's last sheet. */
  definitions: WorkbookSheet;
}

export function exportCsv(table: WorkbookSheet): string {
  return toCsv(
    table.columns.map((column) => column.header),
    table.rows.map((row) => row.map(plainCell)),
  );
}

export function exportWorkbook(exported: ExportTable): Promise<ArrayBuffer> {
  return workbookBytes([exported.table, ...(exported.extraSheets ?? []), exported.definitions]);
}

/** The definitions sheet's two columns, for tables whose definitions are terms and meanings. */
export const TERM_COLUMNS: readonly SheetColumn[] = [
  { header: 'Term', width: 18 },
  { header: 'Meaning', width: 90 },
];

/**
 * CSV text for spreadsheets (RFC 4180): comma-separated, CRLF line ends, fields quoted only
 * when they hold a comma, quote or line break. A UTF-8 byte-order mark leads the text because
 * Excel otherwise reads the file as the PC's code page and garbles '£' and '–'. Text that a
 * spreadsheet would run as a formula is neutralised first (see spreadsheet-safety.ts).
 */
import { safeSpreadsheetCell } from './spreadsheet-safety';

export type CsvCell = string | number | null | undefined;

export const UTF8_BOM = '\uFEFF';

export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  // Numbers stay raw (no thousands separators or units) so a spreadsheet reads them as numbers.
  const text =
    typeof cell === 'number'
      ? Number.isFinite(cell)
        ? String(cell)
        : ''
      : safeSpreadsheetCell(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [headers, ...rows].map((row) => row.map(csvField).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

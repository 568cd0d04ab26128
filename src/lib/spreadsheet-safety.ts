/**
 * Spreadsheet (CSV/XLSX) formula injection: a cell whose text starts with '=', '+', '-', '@', a
 * tab or a carriage return is run as a formula by Excel, LibreOffice and Google Sheets, so a
 * name such as '=HYPERLINK(…)' in an imported file would become a live link in the export.
 * OWASP's advice (https://owasp.org/www-community/attacks/CSV_Injection) is to prefix such a cell
 * with a single quote, which makes the spreadsheet show it as text. Every export writes its cells
 * through this one rule (the CSV writer in csv.ts and the XLSX export).
 */

/** The characters that make a spreadsheet read a cell as a formula (OWASP's list). */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/** A plain number written as text ('-12.5', '+4', '-1e3'): a spreadsheet reads it as that number. */
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The cell as it is safe to write: numbers, missing values and harmless text unchanged, and text
 * a spreadsheet would run as a formula prefixed with a single quote. A negative number stays a
 * number whether it comes as a number or as plain numeric text.
 */
export function safeSpreadsheetCell<Cell extends string | number | boolean | null | undefined>(
  cell: Cell,
): Cell | string {
  if (typeof cell !== 'string') return cell;
  if (!FORMULA_TRIGGER.test(cell) || PLAIN_NUMBER.test(cell)) return cell;
  return `'${cell}`;
}

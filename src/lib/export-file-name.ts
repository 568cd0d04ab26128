/**
 * The names and type of a table's downloads, known when the page draws its buttons; the files
 * themselves are made by table-export.ts, loaded when a button is pressed.
 */

/** A download file name from its parts: 'ragstone-kent-customer-and-communities-2012-05.csv'. */
export function csvFileName(parts: readonly (string | undefined)[]): string {
  const slug = parts
    .filter((part): part is string => part !== undefined && part !== '')
    .map((part) =>
      part
        .toLowerCase()
        .replace(/&/g, 'and')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((part) => part !== '')
    .join('-');
  return `${slug || 'ragstone'}.csv`;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Download names from the same parts: 'ragstone-kent-…-2012-05.csv' and '….xlsx'. */
export function exportFileName(parts: readonly (string | undefined)[], extension: 'csv' | 'xlsx') {
  return csvFileName(parts).replace(/\.csv$/, `.${extension}`);
}

/** The server's verdict on the rows the file reader accepted, folded into the same preview. */
import type { CellProblem, SheetRow } from '@/data/api/returns-batch-contract';
import type { TemplateReading } from './read-template';

const rowKey = (row: SheetRow) => `${row.sheet}\u0000${row.row}`;

/**
 * Refused rows get their problems and leave the batch; Definitions rows the server found to be
 * the stored definition as it is are marked unchanged and leave the batch too (nothing to import).
 */
export function mergeServerCheck(
  reading: TemplateReading,
  check: { problems: readonly CellProblem[]; unchanged?: readonly SheetRow[] | undefined },
): TemplateReading {
  const { problems } = check;
  const unchanged = new Set((check.unchanged ?? []).map(rowKey));
  if (problems.length === 0 && unchanged.size === 0) return reading;
  const refused = new Set(problems.map(rowKey));
  const keep = (row: SheetRow) => !refused.has(rowKey(row)) && !unchanged.has(rowKey(row));
  return {
    ...reading,
    fileProblems: [...reading.fileProblems, ...problems.filter((p) => p.row === 0)],
    actuals: reading.actuals.filter(keep),
    definitions: reading.definitions.filter(keep),
    sheets: reading.sheets.map((sheet) => ({
      ...sheet,
      rows: sheet.rows.map((row) => {
        const found = problems.filter((p) => p.sheet === sheet.name && p.row === row.row);
        const isUnchanged = unchanged.has(rowKey({ sheet: sheet.name, row: row.row }));
        if (found.length === 0 && !isUnchanged) return row;
        return {
          ...row,
          ...(isUnchanged ? { unchanged: true } : {}),
          problems: [
            ...row.problems,
            ...found.map((p) => ({ column: p.column, problem: p.problem })),
          ],
        };
      }),
    })),
  };
}

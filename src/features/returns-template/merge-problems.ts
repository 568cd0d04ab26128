/** The server's verdict on the rows the file reader accepted, folded into the same preview. */
import type { CellProblem } from '@/data/api/returns-batch-contract';
import type { TemplateReading } from './read-template';

export function mergeServerProblems(
  reading: TemplateReading,
  problems: readonly CellProblem[],
): TemplateReading {
  if (problems.length === 0) return reading;
  const refused = new Set(problems.map((p) => `${p.sheet}\u0000${p.row}`));
  const keep = (row: { sheet: string; row: number }) =>
    !refused.has(`${row.sheet}\u0000${row.row}`);
  return {
    ...reading,
    fileProblems: [...reading.fileProblems, ...problems.filter((p) => p.row === 0)],
    actuals: reading.actuals.filter(keep),
    definitions: reading.definitions.filter(keep),
    sheets: reading.sheets.map((sheet) => ({
      ...sheet,
      rows: sheet.rows.map((row) => {
        const found = problems.filter((p) => p.sheet === sheet.name && p.row === row.row);
        return found.length === 0
          ? row
          : {
              ...row,
              problems: [
                ...row.problems,
                ...found.map((p) => ({ column: p.column, problem: p.problem })),
              ],
            };
      }),
    })),
  };
}

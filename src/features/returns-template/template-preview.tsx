/**
 * Every row of a filled template before anything is saved: the cells as read, and each problem
 * named by its column, so a person can find the cell in Excel. Problem rows are marked in words,
 * never by colour alone.
 */
import type { CellProblem } from '@/data/api/returns-batch-contract';
import { ScrollRegion } from '@/ui/scroll-region';
import type { PreviewSheet, TemplateReading } from './read-template';
import '@/ui/data-table.css';

const UNCHANGED_NOTE = 'The same as the current definition: nothing to import.';

function rowState(row: PreviewSheet['rows'][number]): string {
  if (row.problems.length > 0) return 'Not imported';
  if (row.unchanged) return 'Unchanged';
  return row.skipped ? 'Left out' : 'Ready';
}

function SheetPreview({ sheet }: { sheet: PreviewSheet }) {
  return (
    <ScrollRegion label={`Rows of the ${sheet.name} sheet`}>
      <table className="data-table template-preview__table">
        <caption>
          {sheet.name}: {sheet.rows.length} row{sheet.rows.length === 1 ? '' : 's'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">State</th>
            {sheet.headers.map((header) => (
              <th scope="col" key={header}>
                {header}
              </th>
            ))}
            <th scope="col">Problems</th>
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((row) => (
            <tr
              key={row.row}
              className={row.problems.length > 0 ? 'template-preview__bad' : undefined}
            >
              <th scope="row">{row.row}</th>
              <td>{rowState(row)}</td>
              {row.cells.map((cell, index) => (
                <td key={sheet.headers[index] ?? index}>{cell}</td>
              ))}
              <td>
                {row.problems.length > 0 ? (
                  <ul className="template-preview__problems">
                    {row.problems.map((problem) => (
                      <li key={problem.column}>
                        {problem.column}: {problem.problem}
                      </li>
                    ))}
                  </ul>
                ) : row.unchanged ? (
                  UNCHANGED_NOTE
                ) : (
                  (row.skipped ?? '')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Problems in one list, for reading top to bottom: "Actuals, row 5, Value (D): …". */
export function problemSentences(reading: TemplateReading): string[] {
  const file = reading.fileProblems.map(
    (p: CellProblem) =>
      [p.sheet, p.row > 0 ? `row ${p.row}` : '', p.column]
        .filter((part) => part !== '')
        .join(', ') + `: ${p.problem}`,
  );
  const cells = reading.sheets.flatMap((sheet) =>
    sheet.rows.flatMap((row) =>
      row.problems.map((p) => `${sheet.name}, row ${row.row}, ${p.column}: ${p.problem}`),
    ),
  );
  return [...file, ...cells];
}

export function TemplatePreview({
  reading,
  fileName,
}: {
  reading: TemplateReading;
  fileName: string;
}) {
  const problems = problemSentences(reading);
  const ready = reading.actuals.length + reading.definitions.length;
  const unchanged = reading.sheets.reduce(
    (count, sheet) => count + sheet.rows.filter((row) => row.unchanged).length,
    0,
  );
  return (
    <div className="template-preview">
      <h3>Preview of {fileName}</h3>
      <p role="status">
        {ready} row{ready === 1 ? '' : 's'} ready to import ({reading.actuals.length} figure
        {reading.actuals.length === 1 ? '' : 's'}, {reading.definitions.length} definition row
        {reading.definitions.length === 1 ? '' : 's'});{' '}
        {unchanged > 0
          ? `${unchanged} definition row${unchanged === 1 ? '' : 's'} unchanged (not imported); `
          : ''}
        {problems.length} problem{problems.length === 1 ? '' : 's'}. Rows with problems are left
        out; the others are kept.
      </p>
      {problems.length > 0 ? (
        <div className="notice notice--error">
          <h4>Problems</h4>
          <ul>
            {problems.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {reading.sheets.map((sheet) => (
        <SheetPreview key={sheet.name} sheet={sheet} />
      ))}
    </div>
  );
}

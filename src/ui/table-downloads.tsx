import { useState } from 'react';
import { exportFileName, XLSX_TYPE } from '@/lib/export-file-name';
import type { ExportTable } from '@/lib/table-export';

/** The table (built, or its code fetched, on demand) and the code that writes files from it. */
function loadExport(table: () => ExportTable | Promise<ExportTable>) {
  return Promise.all([
    Promise.resolve().then(table),
    import('@/lib/table-export'),
    import('./download-file'),
  ]);
}

/**
 * "Download … (CSV)" and "Download … (XLSX)" for one table, built from the same description on
 * click (so the page never pays for a file nobody downloads, nor for the code that writes it).
 */
export function TableDownloads({
  what,
  fileNameParts,
  table,
  ready = true,
}: {
  /** What the files hold, as the buttons say it: 'these figures', 'this comparison'. */
  what: string;
  fileNameParts: readonly (string | undefined)[];
  /** The table to write; a promise when its code loads on demand too (`loadFiguresExport`). */
  table: () => ExportTable | Promise<ExportTable>;
  /** False until the rows have loaded, so nobody downloads an empty file by mistake. */
  ready?: boolean;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const csvName = exportFileName(fileNameParts, 'csv');
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        disabled={!ready}
        onClick={() => {
          setProblem(null);
          loadExport(table)
            .then(([exported, { exportCsv }, { downloadText }]) => {
              downloadText(csvName, exportCsv(exported.table));
            })
            .catch(() => {
              setProblem(`The file ${csvName} could not be made. Try again.`);
            });
        }}
      >
        Download {what} (CSV)
      </button>
      <WorkbookButton
        label={`Download ${what} (XLSX)`}
        fileName={exportFileName(fileNameParts, 'xlsx')}
        workbook={() =>
          loadExport(table).then(([exported, { exportWorkbook }]) => exportWorkbook(exported))
        }
        ready={ready}
        onProblem={setProblem}
      />
      {problem ? (
        <p role="alert" className="field-error">
          {problem}
        </p>
      ) : null}
    </>
  );
}

/** One workbook download: the library loads on first use, so the button says it is working. */
export function WorkbookButton({
  label,
  fileName,
  workbook,
  ready = true,
  onProblem,
}: {
  label: string;
  fileName: string;
  workbook: () => Promise<ArrayBuffer>;
  ready?: boolean;
  onProblem: (problem: string | null) => void;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button button--secondary"
      disabled={!ready || busy}
      aria-busy={busy}
      onClick={() => {
        setBusy(true);
        onProblem(null);
        Promise.all([workbook(), import('./download-file')])
          .then(([bytes, { downloadBytes }]) => {
            downloadBytes(fileName, bytes, XLSX_TYPE);
          })
          .catch(() => {
            onProblem(`The workbook ${fileName} could not be made. Try again, or use the CSV.`);
          })
          .finally(() => {
            setBusy(false);
          });
      }}
    >
      {label}
    </button>
  );
}

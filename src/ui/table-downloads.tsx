import { useState } from 'react';
import { exportCsv, exportFileName, exportWorkbook, XLSX_TYPE } from '@/lib/table-export';
import type { ExportTable } from '@/lib/table-export';
import { downloadBytes, downloadText } from './download-file';

/**
 * "Download … (CSV)" and "Download … (XLSX)" for one table, built from the same description on
 * click (so the page never pays for a file nobody downloads).
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
  table: () => ExportTable;
  /** False until the rows have loaded, so nobody downloads an empty file by mistake. */
  ready?: boolean;
}) {
  const [workbookProblem, setWorkbookProblem] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        disabled={!ready}
        onClick={() => {
          downloadText(exportFileName(fileNameParts, 'csv'), exportCsv(table().table));
        }}
      >
        Download {what} (CSV)
      </button>
      <WorkbookButton
        label={`Download ${what} (XLSX)`}
        fileName={exportFileName(fileNameParts, 'xlsx')}
        workbook={() => exportWorkbook(table())}
        ready={ready}
        onProblem={setWorkbookProblem}
      />
      {workbookProblem ? (
        <p role="alert" className="field-error">
          {workbookProblem}
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
        workbook()
          .then((bytes) => {
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

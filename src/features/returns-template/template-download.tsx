/** "Download template": the workbook (or the Actuals sheet as CSV), prefilled with this page's indicators. */
import { useState } from 'react';
import type { IndicatorRow } from '@/data/api/contract';
import { csvFileName } from '@/lib/csv';
import { workbookBytes } from '@/lib/xlsx';
import { downloadBytes, downloadText } from '@/ui/download-file';
import { actualsCsv, templateSheets } from './template-file';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function TemplateDownload({ rows, name }: { rows: readonly IndicatorRow[]; name: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const base = csvFileName(['ragstone-returns-template', name]).replace(/\.csv$/, '');
  const downloadWorkbook = () => {
    setProblem(null);
    workbookBytes(templateSheets(rows)).then(
      (bytes) => {
        downloadBytes(`${base}.xlsx`, bytes, XLSX_TYPE);
      },
      (error: unknown) => {
        setProblem(
          `The template could not be written: ${error instanceof Error ? error.message : String(error)}`,
        );
      },
    );
  };
  return (
    <div className="returns-template__download">
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          onClick={downloadWorkbook}
          disabled={rows.length === 0}
        >
          Download template (Excel)
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={rows.length === 0}
          onClick={() => {
            downloadText(`${base}-actuals.csv`, actualsCsv(rows));
          }}
        >
          Download actuals template (CSV)
        </button>
      </div>
      {problem ? (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/** "Download template": the workbook (or the Actuals sheet as CSV), prefilled with this page's indicators. */
import { useState } from 'react';
import type { IndicatorRow } from '@/data/api/contract';
import { csvFileName } from '@/lib/export-file-name';
import { workbookBytes } from '@/lib/xlsx';
import { downloadBytes, downloadText } from '@/ui/download-file';
import { actualsCsv, templateSheets } from './template-file';
import type { TemplateRows } from './use-template-rows';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function TemplateDownload({ template, name }: { template: TemplateRows; name: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const base = csvFileName(['ragstone-returns-template', name]).replace(/\.csv$/, '');
  // The list loads on the first press if the pointer or focus did not start it already.
  const download = (write: (rows: readonly IndicatorRow[]) => unknown) => {
    setProblem(null);
    template
      .loadRows()
      .then(write)
      .catch((error: unknown) => {
        setProblem(
          `The template could not be written: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
  };
  return (
    <div className="returns-template__download">
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          disabled={template.disabled}
          onPointerEnter={template.ask}
          onFocus={template.ask}
          onClick={() => {
            download(async (rows) => {
              downloadBytes(`${base}.xlsx`, await workbookBytes(templateSheets(rows)), XLSX_TYPE);
            });
          }}
        >
          Download template (Excel)
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={template.disabled}
          onPointerEnter={template.ask}
          onFocus={template.ask}
          onClick={() => {
            download((rows) => {
              downloadText(`${base}-actuals.csv`, actualsCsv(rows));
            });
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

import { useState } from 'react';
import type { IndicatorRow } from '@/data/api/contract';
import type { TableHeading } from '@/ui/table-figures';
import { WorkbookButton } from '@/ui/table-downloads';
import { unitScorecardWorkbook } from './unit-scorecard-xlsx';

/** "Download unit scorecard (XLSX)": the whole unit, whatever the page's filters show. */
export function UnitScorecardDownload({
  rows,
  fileName,
  heading,
}: {
  rows: readonly IndicatorRow[];
  fileName: string;
  heading: TableHeading;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <>
      <WorkbookButton
        label="Download unit scorecard (XLSX)"
        fileName={fileName}
        workbook={() => unitScorecardWorkbook(rows, heading)}
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

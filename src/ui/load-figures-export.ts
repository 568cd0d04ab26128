import type { IndicatorRow } from '@/data/api/contract';
import type { Structure } from '@/data/contract/dataset-schema';
import type { ExportTable } from '@/lib/table-export';
import type { TableHeading } from './table-figures';

/**
 * The rows as a spreadsheet (`figuresExport`), its code (and the workbook's formats) fetched on the
 * first download rather than with the page's first view (ADR 0090).
 */
export function loadFiguresExport(
  rows: readonly IndicatorRow[],
  structure: Structure | undefined,
  heading: TableHeading,
): Promise<ExportTable> {
  return import('./figures-export').then(({ figuresExport }) =>
    figuresExport(rows, structure, heading),
  );
}

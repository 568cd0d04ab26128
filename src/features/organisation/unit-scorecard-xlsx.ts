/**
 * A whole unit's scorecard as a workbook: every indicator the unit owns (not only the ones the
 * page's filters show) with its latest figure, target, status and reason, its direction, a sheet
 * of each indicator's recent figures, and a sheet of definitions. Statuses and reasons are the
 * domain's, copied from the rows.
 */
import type { IndicatorRow } from '@/data/api/contract';
import { formatCodes } from '@/domain/frameworks';
import { formatPeriod } from '@/domain/periods';
import { statusLabel } from '@/domain/rating';
import { exportWorkbook } from '@/lib/table-export';
import {
  directionWords,
  headingLines,
  indicatorDefinitions,
  unitFigure,
} from '@/ui/figures-export';
import type { TableHeading } from '@/ui/table-figures';

export function unitScorecardWorkbook(
  rows: readonly IndicatorRow[],
  heading: TableHeading,
): Promise<ArrayBuffer> {
  return exportWorkbook({
    table: {
      name: 'Scorecard',
      heading: headingLines(heading),
      columns: [
        { header: 'Codes', width: 16 },
        { header: 'Indicator', width: 50 },
        { header: 'Latest period', width: 14 },
        { header: 'Latest figure', width: 14 },
        { header: 'Target', width: 14 },
        { header: 'Status', width: 12 },
        { header: 'Reason', width: 60 },
        { header: 'Trend', width: 14 },
        { header: 'Trend reason', width: 50 },
        { header: 'Figures in trend', width: 10 },
      ],
      rows: rows.map((row) => [
        formatCodes(row.indicator.codes, '; '),
        row.indicator.title,
        row.latest ? formatPeriod(row.latest.period) : undefined,
        unitFigure(row.latest?.value, row.indicator.unit),
        unitFigure(row.target?.value, row.indicator.unit),
        statusLabel(row.latestRating.status),
        row.latestRating.reason,
        directionWords[row.direction.direction],
        row.direction.reason,
        row.trend.length,
      ]),
    },
    extraSheets: [
      {
        name: 'Trend',
        heading: [`${heading.title}: recent figures`, 'Oldest first, as the sparklines show them'],
        columns: [
          { header: 'Indicator', width: 50 },
          { header: 'Period', width: 14 },
          { header: 'Figure', width: 14 },
        ],
        rows: rows.flatMap((row) =>
          row.trend.map((point) => [
            row.indicator.title,
            formatPeriod(point.period),
            unitFigure(point.value, row.indicator.unit),
          ]),
        ),
      },
    ],
    definitions: indicatorDefinitions(
      rows.map((row) => row.indicator),
      heading.source,
    ),
  });
}

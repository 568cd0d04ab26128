/**
 * The comparison as an Excel workbook: the same rows as the CSV, the figure column with the unit's
 * number format, and a sheet saying what the figures are (measure, direction, unit, period, group,
 * sources), so the workbook still makes sense when pasted into a committee paper.
 */
import type { ComparisonResponse } from '@/data/api/contract';
import { describePolarity } from '@/domain/polarity';
import { formatPeriod } from '@/domain/periods';
import { numberFormat, workbookBytes, type SheetCell } from '@/lib/xlsx';
import { COMPARISON_CSV_HEADERS, comparisonRecords } from './comparison-csv';
import type { ComparisonView } from './comparison-model';

export function comparisonDefinitions(
  view: ComparisonView,
  indicator: ComparisonResponse['indicator'],
): SheetCell[][] {
  return [
    ['Measure', view.source?.title ?? indicator.title],
    [
      'Description',
      view.source
        ? `From the imported file ${view.source.fileName}`
        : (indicator.description ?? indicator.title),
    ],
    ['Direction', describePolarity(view.polarity)],
    ['Unit', view.unit.label ?? view.unit.type],
    ['Period', view.period ? formatPeriod(view.period) : 'All periods'],
    ['Group', `${view.group.name} (${view.group.members.length} members)`],
    [
      'Position',
      'Best first where the measure has a better direction, otherwise highest first; "3=" is a shared position.',
    ],
    ['Sources', 'Each row names its source: the council paper and line, or the imported file.'],
    ['Produced by', 'Ragstone'],
  ];
}

export function comparisonWorkbook(
  view: ComparisonView,
  indicator: ComparisonResponse['indicator'],
  documentTitles: ReadonlyMap<string, string>,
): Promise<ArrayBuffer> {
  return workbookBytes([
    {
      name: 'Comparison',
      columns: COMPARISON_CSV_HEADERS.map((header) => ({
        header,
        numFmt: header === 'Figure' ? numberFormat(view.unit) : undefined,
        width: header === 'Area' || header === 'Source' || header === 'Compared with' ? 40 : 14,
      })),
      rows: comparisonRecords(view, documentTitles),
    },
    {
      name: 'Definitions',
      columns: [
        { header: 'Term', width: 16 },
        { header: 'Meaning', width: 90 },
      ],
      rows: comparisonDefinitions(view, indicator),
    },
  ]);
}

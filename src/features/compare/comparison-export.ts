/**
 * The comparison as a table to export (CSV and XLSX through table-export.ts): the ranked areas
 * and references, the figure column with the unit's number format, and a sheet saying what the
 * figures are (measure, direction, unit, rule, period, group, sources), so the workbook still
 * makes sense when pasted into a committee paper.
 */
import type { ComparisonResponse } from '@/data/api/contract';
import { formatCodes } from '@/domain/frameworks';
import { describeUnit } from '@/domain/format';
import { describePolarity } from '@/domain/polarity';
import { formatPeriod } from '@/domain/periods';
import { describeRule } from '@/domain/rating';
import { TERM_COLUMNS, type ExportTable } from '@/lib/table-export';
import { numberFormat, type SheetCell } from '@/lib/xlsx';
import { COMPARISON_CSV_HEADERS, comparisonRecords } from './comparison-csv';
import type { ComparisonView } from './comparison-model';

export function comparisonDefinitions(
  view: ComparisonView,
  indicator: ComparisonResponse['indicator'],
): SheetCell[][] {
  return [
    ['Codes', view.source ? undefined : formatCodes(indicator.codes, '; ')],
    ['Measure', view.source?.title ?? indicator.title],
    [
      'Description',
      view.source
        ? `From the imported file ${view.source.fileName}`
        : (indicator.description ?? indicator.title),
    ],
    ['Direction', describePolarity(view.polarity)],
    ['Unit', describeUnit(view.unit)],
    [
      'Rule',
      view.source
        ? 'Not rated: figures from a file are compared, not rated'
        : describeRule(indicator.rule),
    ],
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

export function comparisonExport(
  view: ComparisonView,
  indicator: ComparisonResponse['indicator'],
  documentTitles: ReadonlyMap<string, string>,
): ExportTable {
  const measure = view.source?.title ?? indicator.title;
  return {
    table: {
      name: 'Comparison',
      heading: [
        measure,
        `${view.period ? formatPeriod(view.period) : 'All periods'}, ${view.group.name}`,
        view.source
          ? `Source: the imported file ${view.source.fileName}`
          : 'Source: each row names the council paper and line, or the imported file',
      ],
      columns: COMPARISON_CSV_HEADERS.map((header) => ({
        header,
        numFmt: header === 'Figure' ? numberFormat(view.unit) : undefined,
        width: header === 'Area' || header === 'Source' || header === 'Compared with' ? 40 : 14,
      })),
      rows: comparisonRecords(view, documentTitles),
    },
    definitions: {
      name: 'Definitions',
      columns: TERM_COLUMNS,
      rows: comparisonDefinitions(view, indicator),
    },
  };
}

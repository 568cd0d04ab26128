/**
 * The indicator page's table of every figure, as CSV and XLSX through the one export path: each
 * figure once with every place it was printed, the value a number in the indicator's unit, and
 * the indicator's definition on its own sheet.
 */
import type { IndicatorDetailResponse } from '@/data/api/contract';
import type { Provenance } from '@/data/contract/dataset-schema';
import { formatPeriod } from '@/domain/periods';
import { statusLabel } from '@/domain/rating';
import { missingReasonLabels } from '@/domain/missing-reasons';
import type { ExportTable } from '@/lib/table-export';
import { numberFormat } from '@/lib/xlsx';
import { indicatorDefinitions } from '@/ui/figures-export';
import { figureLabel } from './figure-labels';
import { figuresInOrder } from './figure-printings';

function printingWords(
  printings: readonly Provenance[],
  documentTitles: ReadonlyMap<string, string>,
): string {
  return printings
    .map((p) => `${documentTitles.get(p.document) ?? p.document}, line ${p.line}`)
    .join('; ');
}

export function indicatorFiguresExport(
  data: Pick<IndicatorDetailResponse, 'indicator' | 'observations'>,
  documentTitles: ReadonlyMap<string, string>,
  areaName: string,
): ExportTable {
  const { indicator } = data;
  const source = `${areaName}’s performance reports as held in Ragstone; each row names the report and line it was printed in`;
  const figures = figuresInOrder(data.observations);
  const periods = figures.map((f) => f.observation.period);
  return {
    table: {
      name: 'Figures',
      heading: [
        `${areaName}: ${indicator.title}`,
        periods.length > 0
          ? `${formatPeriod(periods[0] ?? '')} to ${formatPeriod(periods.at(-1) ?? '')}`
          : 'No figures',
        `Source: ${source}`,
      ],
      columns: [
        { header: 'Period', width: 14 },
        { header: 'Figure', width: 24 },
        { header: 'Value', numFmt: numberFormat(indicator.unit), width: 14 },
        { header: 'Not given because', width: 24 },
        { header: 'As printed', width: 16 },
        { header: 'Published status', width: 12 },
        { header: 'Source', width: 60 },
      ],
      rows: figures.map(({ observation: o, printings }) => [
        formatPeriod(o.period),
        figureLabel(o.measure, o.basis),
        o.value ?? o.text,
        o.missing ? missingReasonLabels[o.missing.reason] : undefined,
        o.printed ?? o.missing?.text,
        o.publishedRag ? statusLabel(o.publishedRag) : undefined,
        printingWords(printings, documentTitles),
      ]),
    },
    definitions: indicatorDefinitions([indicator], source),
  };
}

/**
 * The rows a dashboard, the exceptions or a scorecard lists, as a spreadsheet (CSV and XLSX from
 * the one description in table-export.ts). Statuses, reasons and directions are copied from the
 * rows (the domain computed them); nothing is re-rated here. Rows carry no provenance, so there
 * is no source column: the definitions say where the figures come from, and the indicator page
 * gives the report and line of each figure.
 */
import type { IndicatorRow } from '@/data/api/contract';
import type { Structure } from '@/data/contract/dataset-schema';
import { formatCodes } from '@/domain/frameworks';
import { describeUnit } from '@/domain/format';
import { comparePeriodIds, formatPeriod } from '@/domain/periods';
import { describePolarity } from '@/domain/polarity';
import { describeRule, statusLabel } from '@/domain/rating';
import type { ExportTable } from '@/lib/table-export';
import { numberFormat, type SheetCell, type SheetColumn, type WorkbookSheet } from '@/lib/xlsx';

export const FIGURES_CSV_HEADERS = [
  'Directorate/division/unit',
  'Codes',
  'Indicator',
  'Kind',
  'Polarity',
  'Latest period',
  'Latest result',
  'Latest status',
  'Status reason',
  'Direction',
  'YTD result',
  'YTD status',
  'Target',
  'Floor',
  'Previous year',
  'Forecast',
  'Forecast status',
] as const;

/** The columns that hold figures in the indicator's own unit. */
const FIGURE_COLUMNS: ReadonlySet<string> = new Set([
  'Latest result',
  'YTD result',
  'Target',
  'Floor',
  'Previous year',
  'Forecast',
]);

export const directionWords = {
  improving: 'Improving',
  worsening: 'Worsening',
  'no-change': 'No change',
  'not-comparable': 'Not comparable',
} as const;

/** The names of an indicator's owners in this structure, supporting roles left out. */
export function ownerNodeNames(
  owners: IndicatorRow['indicator']['owners'],
  structure: Structure | undefined,
): string[] {
  return owners
    .filter(
      (owner) =>
        owner.role !== 'support' &&
        (owner.structureId === undefined || owner.structureId === structure?.id),
    )
    .map((owner) => structure?.nodes.find((node) => node.id === owner.nodeId)?.name)
    .filter((name): name is string => name !== undefined);
}

export function ownerNamesOf(row: IndicatorRow, structure: Structure | undefined): string {
  return ownerNodeNames(row.indicator.owners, structure).join('; ');
}

/** A figure in its indicator's unit: a number the workbook formats (71.5 shown as 71.5%). */
export function unitFigure(
  value: number | null | undefined,
  unit: IndicatorRow['indicator']['unit'],
): SheetCell {
  return value === null || value === undefined ? undefined : { value, numFmt: numberFormat(unit) };
}

function figureRecord(row: IndicatorRow, structure: Structure | undefined): SheetCell[] {
  const figure = (value: number | null | undefined) => unitFigure(value, row.indicator.unit);
  return [
    ownerNamesOf(row, structure),
    row.indicator.codes.map((code) => `${code.framework} ${code.code}`).join('; '),
    row.indicator.title,
    row.indicator.kind,
    describePolarity(row.indicator.polarity),
    row.latest?.period,
    figure(row.latest?.value),
    statusLabel(row.latestRating.status),
    row.latestRating.reason,
    directionWords[row.direction.direction],
    figure(row.ytd?.value),
    row.ytdRating ? statusLabel(row.ytdRating.status) : undefined,
    figure(row.target?.value),
    figure(row.floor?.value),
    figure(row.previousYear?.value),
    figure(row.forecast?.value),
    row.forecastRating ? statusLabel(row.forecastRating.status) : undefined,
  ];
}

/** One line per indicator: what it measures, how it is judged and where its figures come from. */
export function indicatorDefinitions(
  indicators: readonly IndicatorRow['indicator'][],
  source: string,
): WorkbookSheet {
  const seen = new Set<string>();
  return {
    name: 'Definitions',
    heading: ['What each indicator means', `Source: ${source}`],
    columns: [
      { header: 'Codes', width: 18 },
      { header: 'Indicator', width: 50 },
      { header: 'Unit', width: 24 },
      { header: 'Polarity', width: 24 },
      { header: 'Rule', width: 70 },
      { header: 'Source', width: 50 },
    ],
    rows: indicators
      .filter((indicator) => !seen.has(indicator.id) && Boolean(seen.add(indicator.id)))
      .map((indicator) => [
        formatCodes(indicator.codes, '; '),
        indicator.title,
        describeUnit(indicator.unit),
        describePolarity(indicator.polarity),
        describeRule(indicator.rule),
        indicator.description ? `${source}. ${indicator.description}` : source,
      ]),
  };
}

/** Title, as-at period and source: the lines above every exported table. */
export interface TableHeading {
  title: string;
  asAt: string | undefined;
  source: string;
}

export function headingLines({ title, asAt, source }: TableHeading): string[] {
  return [title, asAt ? `As at ${formatPeriod(asAt)}` : 'All periods', `Source: ${source}`];
}

export function figuresExport(
  rows: readonly IndicatorRow[],
  structure: Structure | undefined,
  heading: TableHeading,
): ExportTable {
  const columns: SheetColumn[] = FIGURES_CSV_HEADERS.map((header) => ({
    header,
    width: header === 'Indicator' || header === 'Status reason' ? 50 : undefined,
    ...(FIGURE_COLUMNS.has(header) ? { width: 14 } : {}),
  }));
  return {
    table: {
      name: 'Figures',
      heading: headingLines(heading),
      columns,
      rows: rows.map((row) => figureRecord(row, structure)),
    },
    definitions: indicatorDefinitions(
      rows.map((row) => row.indicator),
      heading.source,
    ),
  };
}

/** The period the figures are as at, for the file name: the one asked for, else the latest shown. */
export function latestPeriodOf(rows: readonly IndicatorRow[]): string | undefined {
  return rows
    .map((row) => row.asAt)
    .filter((period): period is string => period !== null)
    .sort(comparePeriodIds)
    .at(-1);
}

/** Where a table's figures come from, in words, from the dataset's manifest. */
export function datasetSourceWords(
  manifest: { title: string; published: string; authority: { name: string } } | undefined,
): string {
  if (!manifest) return 'The council’s performance reports, as held in Ragstone';
  return `${manifest.title} (published ${manifest.published}): ${manifest.authority.name}’s performance reports as held in Ragstone; the indicator page names the report and line of each figure`;
}

/**
 * The rows a dashboard lists, as a spreadsheet. Statuses, reasons and directions are copied
 * from the rows (the domain computed them); nothing is re-rated here. Rows carry no provenance,
 * so there is no source column: the indicator page gives the source of each figure.
 */
import type { IndicatorRow } from '@/data/api/contract';
import type { Structure } from '@/data/contract/dataset-schema';
import { comparePeriodIds } from '@/domain/periods';
import { describePolarity } from '@/domain/polarity';
import { statusLabel } from '@/domain/rating';
import { toCsv } from '@/lib/csv';
import type { CsvCell } from '@/lib/csv';

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

const directionWords = {
  improving: 'Improving',
  worsening: 'Worsening',
  'no-change': 'No change',
  'not-comparable': 'Not comparable',
} as const;

export function ownerNamesOf(row: IndicatorRow, structure: Structure | undefined): string {
  return row.indicator.owners
    .filter(
      (owner) =>
        owner.role !== 'support' &&
        (owner.structureId === undefined || owner.structureId === structure?.id),
    )
    .map((owner) => structure?.nodes.find((node) => node.id === owner.nodeId)?.name)
    .filter((name): name is string => name !== undefined)
    .join('; ');
}

function figureRecord(row: IndicatorRow, structure: Structure | undefined): CsvCell[] {
  return [
    ownerNamesOf(row, structure),
    row.indicator.codes.map((code) => `${code.framework} ${code.code}`).join('; '),
    row.indicator.title,
    row.indicator.kind,
    describePolarity(row.indicator.polarity),
    row.latest?.period,
    row.latest?.value,
    statusLabel(row.latestRating.status),
    row.latestRating.reason,
    directionWords[row.direction.direction],
    row.ytd?.value,
    row.ytdRating ? statusLabel(row.ytdRating.status) : undefined,
    row.target?.value,
    row.floor?.value,
    row.previousYear?.value,
    row.forecast?.value,
    row.forecastRating ? statusLabel(row.forecastRating.status) : undefined,
  ];
}

export function figuresCsv(
  rows: readonly IndicatorRow[],
  structure: Structure | undefined,
): string {
  return toCsv(
    FIGURES_CSV_HEADERS,
    rows.map((row) => figureRecord(row, structure)),
  );
}

/** The period the figures are as at, for the file name: the one asked for, else the latest shown. */
export function latestPeriodOf(rows: readonly IndicatorRow[]): string | undefined {
  return rows
    .map((row) => row.asAt)
    .filter((period): period is string => period !== null)
    .sort(comparePeriodIds)
    .at(-1);
}

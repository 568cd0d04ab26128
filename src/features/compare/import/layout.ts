/**
 * Recognises how a benchmarking file is laid out, from its headings and first rows: an LG Inform
 * Plus export (metadata rows above the areas), a Fingertips download (raw or re-saved by R), an
 * Explore Education Statistics file, a long file with a measure column, or a plain long or wide
 * file. Nothing is read as figures here; the preview shows what was recognised first.
 */
import { readFilePeriod } from '@/domain/file-periods';
import { ONS_CODE } from '@/data/reference/area-codes';
import type { MeasureUnit } from '@/data/contract/dataset-schema';
import type { TableRow } from '@/lib/parse-table';

export type LayoutKind = 'lg-inform' | 'fingertips' | 'dfe-ees' | 'long-measure' | 'long' | 'wide';

export const LAYOUT_NAMES: Readonly<Record<LayoutKind, string>> = {
  'lg-inform': 'LG Inform Plus export (areas as rows, periods as columns, metadata rows above)',
  fingertips: 'Fingertips (OHID) data download',
  'dfe-ees': 'DfE Explore Education Statistics file',
  'long-measure': 'One row per figure, with several measures in a measure column',
  long: 'One row per figure (area, period, value)',
  wide: 'Areas as rows, periods as columns',
};

export interface FileUnit {
  /** As the file states it: 'GBP (000)', 'percentage'. */
  text: string;
  unit: MeasureUnit;
}

export interface PeriodColumn {
  column: number;
  header: string;
  /** What is read as the period: LG Inform's period id ('fq_Q1_2010_11') where there is one. */
  periodText: string;
}

export interface Layout {
  kind: LayoutKind;
  /** Index in the table's rows of the heading row, and of the first row of data. */
  headingIndex: number;
  dataIndex: number;
  headers: string[];
  /** LG Inform's metadata rows, by what each holds. */
  metadata: { label: string; row: number; value: string }[];
  title?: string | undefined;
  unit?: FileUnit | undefined;
  areaName: number;
  areaCode?: number | undefined;
  /** A column naming the kind of area: geographic_level, Area.Type. */
  level?: number | undefined;
  period?: number | undefined;
  timeIdentifier?: number | undefined;
  measure?: number | undefined;
  /** Long layouts: the columns that could hold the figure, the likeliest first. */
  valueColumns: number[];
  breakdownColumns: number[];
  periodColumns: PeriodColumn[];
}

/** 'Area.Name', 'area_name', ' Area name ' → 'area name'. */
export function headerKey(header: string): string {
  return header.trim().toLowerCase().replace(/[._]+/g, ' ').replace(/\s+/g, ' ');
}

const BREAKDOWN =
  /^(sex|gender|age|age group|category|ethnicity|breakdown|entitlement type|characteristic|school type|phase type group|deprivation)$/;
const PERIOD_HEADER =
  /^(time period|period|year|financial year|academic year|date|quarter|month|reporting period)$/;
const NUMERIC = /^[-+]?[\d,.]+%?$/;

/** Reads a unit as a file states it. */
export function readUnit(text: string): FileUnit | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (/^(%|percent|percentage|per cent)/i.test(t)) return { text: t, unit: { type: 'percent' } };
  if (/^(gbp|£)/i.test(t)) return { text: t, unit: { type: 'count', label: t } };
  return { text: t, unit: { type: 'count', label: t } };
}

function distinct(rows: readonly TableRow[], column: number, limit = 50): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    seen.add((row.cells[column] ?? '').trim());
    if (seen.size > limit) break;
  }
  return [...seen];
}

function share(rows: readonly TableRow[], column: number, test: (cell: string) => boolean): number {
  const sample = rows.slice(0, 200);
  if (sample.length === 0) return 0;
  return sample.filter((r) => test((r.cells[column] ?? '').trim())).length / sample.length;
}

/** LG Inform repeats its first three headings ('area label', 'area long label', 'area') on each metadata row. */
function lgInformMetadataRows(rows: readonly TableRow[]): number {
  const first = rows[0]?.cells;
  if (!first || first.length < 4) return 0;
  let count = 1;
  while (
    count < rows.length &&
    rows[count]?.cells[0] === first[0] &&
    rows[count]?.cells[2] === first[2] &&
    first[0] !== ''
  )
    count += 1;
  return count;
}

function recogniseLgInform(rows: readonly TableRow[], count: number): Layout {
  // The first row is the heading, holding the metric's title; the others hold one fact each.
  const block = rows.slice(1, count);
  const data = rows.slice(count);
  const headers = (rows[0]?.cells ?? []).map((h) => h.trim());
  const firstValue = (row: TableRow) => (row.cells[3] ?? '').trim();
  const periodIdRow = block.find((r) => /^f[qy]_/i.test(firstValue(r)));
  const periodLabelRow = block.find(
    (r) => r !== periodIdRow && readFilePeriod(firstValue(r)) !== null,
  );
  const unitRow = block.find(
    (r) =>
      /gbp|£|%|percent|number|count|per\b|rate|days/i.test(firstValue(r)) && r !== periodLabelRow,
  );
  const idRow = block.find((r) => /^\d+$/.test(firstValue(r)));
  const typeRow = block.find(
    (r) => /^(raw|percentage|rate|mean|median|per \d)/i.test(firstValue(r)) && r !== unitRow,
  );
  const label = (row: TableRow | undefined, name: string) =>
    row ? [{ label: name, row: row.row, value: firstValue(row) }] : [];
  const periodSource = periodIdRow ?? periodLabelRow;
  const periodColumns: PeriodColumn[] = [];
  for (let column = 3; column < headers.length; column += 1) {
    const text = (periodSource?.cells[column] ?? '').trim();
    if (text !== '')
      periodColumns.push({
        column,
        header: (periodLabelRow?.cells[column] ?? text).trim(),
        periodText: text,
      });
  }
  const codeColumn = [0, 1, 2].find((c) => share(data, c, (cell) => ONS_CODE.test(cell)) > 0.5);
  return {
    kind: 'lg-inform',
    headingIndex: 0,
    dataIndex: count,
    headers,
    metadata: [
      { label: 'Metric', row: rows[0]?.row ?? 1, value: headers[3] ?? '' },
      ...label(idRow, 'Metric id'),
      ...label(unitRow, 'Unit'),
      ...label(typeRow, 'Value type'),
      ...label(periodLabelRow, 'Period label'),
      ...label(periodIdRow, 'Period id'),
    ],
    title: headers[3],
    unit: unitRow ? readUnit(firstValue(unitRow)) : undefined,
    areaName: 0,
    areaCode: codeColumn,
    valueColumns: [],
    breakdownColumns: [],
    periodColumns,
  };
}

export function recogniseLayout(rows: readonly TableRow[]): Layout {
  const lg = lgInformMetadataRows(rows);
  if (lg >= 3) return recogniseLgInform(rows, lg);

  const headers = (rows[0]?.cells ?? []).map((h) => h.trim());
  const keys = headers.map(headerKey);
  const data = rows.slice(1);
  const find = (test: (key: string) => boolean, from = 0) => {
    const index = keys.findIndex((key, i) => i >= from && test(key));
    return index === -1 ? undefined : index;
  };
  const isDfe = keys.includes('time identifier') && keys.includes('geographic level');
  const isFingertips =
    keys.includes('area code') && keys.includes('area type') && keys.includes('indicator name');

  const codeColumn = isDfe
    ? find((k) => k === 'new la code')
    : (find(
        (k) =>
          /^(area code|local authority code|la code|ons code|geography code|new la code|area)$/.test(
            k,
          ) && share(data, keys.indexOf(k), (c) => ONS_CODE.test(c)) > 0.3,
      ) ?? keys.findIndex((_, i) => share(data, i, (c) => ONS_CODE.test(c)) > 0.5));
  const areaCode = codeColumn === -1 ? undefined : codeColumn;
  const areaName =
    (isDfe ? find((k) => k === 'la name') : undefined) ??
    find(
      (k) =>
        /^(area name|local authority name|la name|authority|area|name|council|local authority|organisation name)$/.test(
          k,
        ) && keys.indexOf(k) !== areaCode,
    ) ??
    find((k) => /name|area|authority|council/.test(k) && !/code|type|indicator|parent/.test(k)) ??
    0;
  const level = find((k) => /^(geographic level|area type|geography type|level)$/.test(k));
  const period = isDfe
    ? find((k) => k === 'time period')
    : (find((k) => PERIOD_HEADER.test(k)) ??
      find((k) => /period|year/.test(k) && !/sortable|range|identifier/.test(k)));
  const timeIdentifier = find((k) => k === 'time identifier');
  const measureColumn = find((k) =>
    /^(measure|indicator|indicator name|metric|measure name|indicator title)$/.test(k),
  );
  const measures = measureColumn === undefined ? [] : distinct(data, measureColumn);
  const measure = measures.length > 1 ? measureColumn : undefined;
  const title = measureColumn !== undefined && measures.length === 1 ? measures[0] : undefined;
  const breakdownColumns = keys.flatMap((k, i) =>
    BREAKDOWN.test(k) && distinct(data, i).length > 1 ? [i] : [],
  );
  const used = new Set([
    areaCode,
    areaName,
    level,
    period,
    timeIdentifier,
    measureColumn,
    ...breakdownColumns,
  ]);
  const named = find((k) => /^(value|figure|result|score|rate|percentage|%|count)$/.test(k));
  const numeric = keys.flatMap((k, i) =>
    !used.has(i) &&
    i !== named &&
    !/code|sortable|limit|ci\b|median|mads|rank|id$/.test(k) &&
    headers[i] !== '' &&
    share(data, i, (c) => c === '' || NUMERIC.test(c) || /^(na|u|c|x|z|low)$/i.test(c)) > 0.9 &&
    share(data, i, (c) => NUMERIC.test(c)) > 0.3
      ? [i]
      : [],
  );
  const valueColumns = named === undefined ? numeric : [named, ...numeric];

  if (period !== undefined && valueColumns.length > 0) {
    const kind: LayoutKind = isDfe
      ? 'dfe-ees'
      : isFingertips
        ? 'fingertips'
        : measure !== undefined
          ? 'long-measure'
          : 'long';
    return {
      kind,
      headingIndex: 0,
      dataIndex: 1,
      headers,
      metadata: [],
      title,
      unit: undefined,
      areaName,
      areaCode,
      level,
      period,
      timeIdentifier,
      measure,
      valueColumns,
      breakdownColumns,
      periodColumns: [],
    };
  }
  const periodColumns = headers.flatMap((header, column) =>
    column === areaName || column === areaCode || readFilePeriod(header) === null
      ? []
      : [{ column, header, periodText: header }],
  );
  return {
    kind: periodColumns.length > 0 ? 'wide' : 'long',
    headingIndex: 0,
    dataIndex: 1,
    headers,
    metadata: [],
    title,
    areaName,
    areaCode,
    level,
    period,
    timeIdentifier,
    measure,
    valueColumns,
    breakdownColumns,
    periodColumns,
  };
}

/** The unit a long file's value column states in its name ('percentage_eligible_children'). */
export function unitOfValueColumn(header: string): FileUnit | undefined {
  return /percent|percentage|%|\bpct\b|proportion/i.test(header)
    ? { text: 'percentage', unit: { type: 'percent' } }
    : undefined;
}

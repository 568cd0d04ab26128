/**
 * Whole tables the automatic table readers skip (district breakdowns, band summaries, request
 * statistics, inspection grades, activity tables with long labels), read from a reviewed layout:
 * which line holds which row, which cell holds which measure and period. Every label and header
 * is checked against the paper, so an edited paper fails loudly instead of shifting figures.
 */
import type {
  Area,
  Indicator,
  Measure,
  MeasureUnit,
  Observation,
  Polarity,
  QualityNote,
  RatingRule,
} from '../../../../src/data/contract/dataset-schema';
import { readCell } from '../../lib/cells';
import type { SeedDocument } from '../../lib/seed';
import { printedCell } from '../business-plans-2008/tables';

export interface FigureSpec {
  /** Tab-separated cell index on the row (0 is the label). */
  cell: number;
  /** For a composite cell ("73% (80% in 2006)"): the first capture group is this figure. */
  match?: RegExp;
  measure: Measure;
  period: string;
  basis?: 'ytd';
  /** The column as printed, said in the figure's provenance note. */
  column: string;
  /** The cell cannot be this figure as printed (a percentage in a count column): why, kept as garbled. */
  garbled?: string;
}

/** What an indicator is, apart from its figures. */
export interface IndicatorShape {
  id: string;
  title: string;
  unit: MeasureUnit;
  kind: Indicator['kind'];
  polarity: Polarity;
  polarityReason: string;
  rule: RatingRule;
  frequency: Indicator['frequency'];
  description: string;
}

/** One row of a table: its line, its label as printed, and whose figures it holds. */
export interface RowSpec {
  line: number;
  /** The row's first non-empty cell as printed (its label, or its only figure). */
  label: string;
  area: string;
  /** The same row printed again elsewhere (the same table in another plan): cited, not refiled. */
  reprints?: number[];
  /** The row holds this indicator's figures when the table lists indicators row by row. */
  indicator?: IndicatorShape;
  /** Figures where they differ from the table's columns (a composite cell, a row's own columns). */
  figures?: FigureSpec[];
}

export interface GridLayout {
  document: string;
  /** The line whose first cells are checked against `header`. */
  headerLine: number;
  header: string;
  owner: Indicator['owners'][number];
  rows: RowSpec[];
  /**
   * Breakdown tables: each indicator reads its own columns on every row (one row per area).
   * Row tables leave this out: each row names its indicator and reads `columns`.
   */
  indicators?: Array<IndicatorShape & { columns: FigureSpec[] }>;
  columns?: FigureSpec[];
  /** How the layout was read: a note on every indicator of the table. */
  reading: string;
}

export interface GridResult {
  indicators: Indicator[];
  observations: Observation[];
  notes: QualityNote[];
}

const TO_BE_SET = /^to be set$/i;

function checkedCells(document: SeedDocument, line: number, label: string): string[] {
  const cells = document.cells(line);
  const printed = cells.map(printedCell).find((cell) => cell !== '') ?? '';
  if (printed !== label && !printed.startsWith(label))
    throw new Error(
      `${document.name}:${line}: expected a row starting "${label}", found "${printed}"`,
    );
  return cells;
}

function figureOf(
  document: SeedDocument,
  cells: string[],
  row: RowSpec,
  indicatorId: string,
  spec: FigureSpec,
): Observation | undefined {
  const raw = printedCell(cells[spec.cell] ?? '');
  const matched = spec.match ? (spec.match.exec(raw)?.[1] ?? '') : raw;
  if (spec.match && matched === '')
    throw new Error(`${document.name}:${row.line}: cell ${spec.cell} "${raw}" lacks ${spec.match}`);
  if (matched === '') return undefined;
  const note = `${spec.column}${spec.match ? `; one of the figures in the cell "${raw}"` : ''}`;
  const base = {
    indicatorId,
    area: row.area,
    period: spec.period,
    basis: spec.basis ?? ('period' as const),
    measure: spec.measure,
    provenance: document.at(row.line, note),
  };
  if (spec.garbled)
    return {
      ...base,
      value: null,
      printed: matched,
      missing: { reason: 'garbled', text: spec.garbled },
    };
  if (TO_BE_SET.test(matched))
    return {
      ...base,
      value: null,
      printed: matched,
      missing: { reason: 'to-be-confirmed', text: matched },
    };
  const reading = readCell(matched);
  if (reading.value === null)
    return { ...base, value: null, printed: matched, missing: reading.missing };
  return { ...base, value: reading.value, printed: matched };
}

function indicatorFrom(
  { id, title, unit, kind, polarity, polarityReason, rule, frequency, description }: IndicatorShape,
  layout: GridLayout,
  document: SeedDocument,
): Indicator {
  // Only the indicator's own fields: a breakdown layout's shape also carries its columns.
  return {
    ...{ id, title, unit, kind, polarity, polarityReason, rule, frequency, description },
    codes: [],
    owners: [layout.owner],
    provenance: [document.at(layout.headerLine)],
  };
}

export function readGrid(document: SeedDocument, layout: GridLayout): GridResult {
  const header = printedCell(document.line(layout.headerLine).replace(/\t/g, ' | '));
  if (!header.includes(layout.header))
    throw new Error(
      `${document.name}:${layout.headerLine}: header "${header}" lacks "${layout.header}"`,
    );
  const indicators = new Map<string, Indicator>();
  const observations: Observation[] = [];
  const add = (shape: IndicatorShape) => {
    if (!indicators.has(shape.id)) indicators.set(shape.id, indicatorFrom(shape, layout, document));
  };
  for (const row of layout.rows) {
    const cells = checkedCells(document, row.line, row.label);
    const reads: Array<[IndicatorShape, FigureSpec[]]> = row.indicator
      ? [[row.indicator, row.figures ?? layout.columns ?? []]]
      : (layout.indicators ?? []).map((shape) => [shape, row.figures ?? shape.columns]);
    for (const [shape, specs] of reads) {
      add(shape);
      for (const line of row.reprints ?? [])
        indicators
          .get(shape.id)
          ?.provenance.push(document.at(line, `the row of line ${row.line}, reprinted`));
      for (const spec of specs) {
        const figure = figureOf(document, cells, row, shape.id, spec);
        if (figure) observations.push(figure);
      }
    }
  }
  const ids = [...indicators.keys()];
  const notes: QualityNote[] = [
    {
      id: `reviewed-${document.name.slice(0, 3)}-${layout.headerLine}`,
      kind: 'other',
      text: layout.reading,
      indicatorIds: ids,
      provenance: [document.at(layout.headerLine)],
    },
  ];
  return { indicators: [...indicators.values()], observations, notes };
}

/** Areas a breakdown names that are not places: teams and sub-populations the paper lists as rows. */
export function otherArea(id: string, name: string): Area {
  return { id, name, type: 'other' };
}

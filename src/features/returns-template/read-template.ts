/**
 * A filled returns template (docs/returns-template.md) read into rows for the preview and the
 * batch. Every row of the Actuals and Definitions sheets is shown; each bad cell is named by sheet,
 * row (as the spreadsheet numbers it) and column; a bad row never stops the rows around it.
 */
import type { BatchActual, BatchDefinition, CellProblem } from '@/data/api/returns-batch-contract';
import {
  ACTUALS_COLUMNS,
  DEFINITION_COLUMNS,
  FREQUENCIES,
  MAX_TEMPLATE_ROWS,
  PROFILE_SHAPES,
  RULE_TYPES,
  TEMPLATE_SHEETS,
  UNIT_TYPES,
  columnLetter,
} from '@/domain/returns-template';
import { POLARITY_KINDS } from '@/domain/types';
import { cellText, type RawCell, type RawSheet } from '@/lib/read-workbook';
import type { NumberLocale } from '@/lib/read-number';
import {
  periodFitProblem,
  readChoice,
  readFigure,
  readPeriod,
  readText,
  unitMismatch,
  type CellReading,
} from './read-cells';

/** What the reader needs to know of each indicator (from the API's indicator list). */
export interface IndicatorFacts {
  id: string;
  title: string;
  unitType: string;
  frequency: string;
  /** The periods of its figures, so a period far outside them is caught. */
  periods: readonly string[];
}

export interface PreviewRow {
  sheet: string;
  row: number;
  cells: string[];
  problems: { column: string; problem: string }[];
  /** Set when the row is left out without being wrong: a prefilled row nobody filled in. */
  skipped?: string | undefined;
  /** A Definitions row the server found to be the stored definition as it is: nothing to import. */
  unchanged?: boolean | undefined;
}

export interface PreviewSheet {
  name: string;
  kind: 'actuals' | 'definitions';
  headers: string[];
  rows: PreviewRow[];
}

export interface TemplateReading {
  sheets: PreviewSheet[];
  /** Problems with the file or a sheet as a whole (no such sheet, a missing column, too many rows). */
  fileProblems: CellProblem[];
  actuals: BatchActual[];
  definitions: BatchDefinition[];
}

type Column = { key: string; header: string; required: boolean };

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/\(.*\)/g, '')
    .replace(/[^a-z]+/g, ' ')
    .trim();

/** Which column of the sheet holds each of the template's columns, by its header. */
function locateColumns(
  header: readonly RawCell[],
  columns: readonly Column[],
): { at: Map<string, number>; missing: Column[] } {
  const names = header.map((cell) => normalise(cellText(cell)));
  const at = new Map<string, number>();
  for (const column of columns) {
    const index = names.indexOf(normalise(column.header));
    if (index !== -1) at.set(column.key, index);
  }
  return { at, missing: columns.filter((column) => column.required && !at.has(column.key)) };
}

function kindOfSheet(sheet: RawSheet): 'actuals' | 'definitions' | null {
  const name = normalise(sheet.name);
  if (name === normalise(TEMPLATE_SHEETS.actuals)) return 'actuals';
  if (name === normalise(TEMPLATE_SHEETS.definitions)) return 'definitions';
  // A CSV file (one sheet named after the file) says which it is by its headers.
  const header = sheet.rows[0]?.cells ?? [];
  if (locateColumns(header, DEFINITION_COLUMNS).missing.length === 0) return 'definitions';
  if (locateColumns(header, ACTUALS_COLUMNS).missing.length === 0) return 'actuals';
  return null;
}

interface RowContext {
  sheet: RawSheet;
  row: RawSheet['rows'][number];
  at: Map<string, number>;
  columns: readonly Column[];
  problems: PreviewRow['problems'];
}

function cellOf(context: RowContext, key: string): RawCell {
  const index = context.at.get(key);
  return (index === undefined ? undefined : context.row.cells[index]) ?? { kind: 'empty' };
}

function headerOf(context: RowContext, key: string): string {
  const column = context.columns.find((candidate) => candidate.key === key);
  const index = context.at.get(key);
  return `${column?.header ?? key}${index === undefined ? '' : ` (${columnLetter(index)})`}`;
}

function take<T>(context: RowContext, key: string, reading: CellReading<T>): T | undefined {
  if (reading.ok) return reading.value;
  context.problems.push({ column: headerOf(context, key), problem: reading.problem });
  return undefined;
}

function readActualRow(
  context: RowContext,
  facts: ReadonlyMap<string, IndicatorFacts>,
  locale: NumberLocale,
) {
  const code = take(context, 'code', readText(cellOf(context, 'code'), 200, true));
  const indicator = code ? facts.get(code) : undefined;
  if (code && !indicator)
    context.problems.push({
      column: headerOf(context, 'code'),
      problem: `there is no indicator with the code "${code}".`,
    });
  const period = take(context, 'period', readPeriod(cellOf(context, 'period')));
  if (period !== undefined && indicator) {
    const fit = periodFitProblem(period, indicator);
    if (fit) context.problems.push({ column: headerOf(context, 'period'), problem: fit });
  }
  const value = take(context, 'value', readFigure(cellOf(context, 'value'), locale, true));
  if (indicator) {
    const mismatch = unitMismatch(cellOf(context, 'unit'), indicator.unitType);
    if (mismatch) context.problems.push({ column: headerOf(context, 'unit'), problem: mismatch });
    if (
      value !== undefined &&
      value !== null &&
      indicator.unitType === 'percent' &&
      (value < 0 || value > 100)
    )
      context.problems.push({
        column: headerOf(context, 'value'),
        problem: `${value} is not a percentage between 0 and 100: the unit does not match.`,
      });
  }
  const commentary = take(
    context,
    'commentary',
    readText(cellOf(context, 'commentary'), 4000, false),
  );
  const area = take(context, 'area', readText(cellOf(context, 'area'), 200, false));
  if (
    context.problems.length > 0 ||
    !indicator ||
    period === undefined ||
    value === undefined ||
    value === null
  )
    return null;
  const actual: BatchActual = {
    sheet: context.sheet.name,
    row: context.row.row,
    indicatorId: indicator.id,
    period,
    value,
    commentary: commentary ?? null,
    ...(area ? { area } : {}),
  };
  return actual;
}

function readDefinitionRow(
  context: RowContext,
  facts: ReadonlyMap<string, IndicatorFacts>,
  locale: NumberLocale,
) {
  const code = take(context, 'code', readText(cellOf(context, 'code'), 200, true));
  if (code && !facts.has(code))
    context.problems.push({
      column: headerOf(context, 'code'),
      problem: `there is no indicator with the code "${code}".`,
    });
  const title = take(context, 'title', readText(cellOf(context, 'title'), 500, true));
  const polarity = take(
    context,
    'polarity',
    readChoice(cellOf(context, 'polarity'), POLARITY_KINDS, true),
  );
  const unit = take(context, 'unit', readChoice(cellOf(context, 'unit'), UNIT_TYPES, true));
  const frequency = take(
    context,
    'frequency',
    readChoice(cellOf(context, 'frequency'), FREQUENCIES, true),
  );
  const rule = take(context, 'rule', readChoice(cellOf(context, 'rule'), RULE_TYPES, true));
  const owner = take(context, 'owner', readText(cellOf(context, 'owner'), 200, false));
  const profile = take(
    context,
    'profile',
    readChoice(cellOf(context, 'profile'), PROFILE_SHAPES, false),
  );
  const yearCell = cellOf(context, 'year');
  const year = yearCell.kind === 'empty' ? null : take(context, 'year', readPeriod(yearCell));
  const target = take(context, 'target', readFigure(cellOf(context, 'target'), locale, false));
  const floor = take(context, 'floor', readFigure(cellOf(context, 'floor'), locale, false));
  if (
    (target !== null || floor !== null) &&
    year === null &&
    target !== undefined &&
    floor !== undefined
  )
    context.problems.push({
      column: headerOf(context, 'year'),
      problem:
        'is empty, but a target or floor needs the financial year it is for, such as 2012/13.',
    });
  if (
    context.problems.length > 0 ||
    !code ||
    !title ||
    !polarity ||
    !unit ||
    !frequency ||
    !rule ||
    owner === undefined ||
    profile === undefined ||
    year === undefined ||
    target === undefined ||
    floor === undefined
  )
    return null;
  const definition: BatchDefinition = {
    sheet: context.sheet.name,
    row: context.row.row,
    indicatorId: code,
    title,
    polarity,
    unit,
    frequency,
    rule,
    owner,
    profile,
    year,
    target,
    floor,
  };
  return definition;
}

/** A prefilled Actuals row (code, title, period, unit) with no value and no commentary. */
const isUnfilled = (context: RowContext) =>
  cellOf(context, 'value').kind === 'empty' && cellOf(context, 'commentary').kind === 'empty';

const isBlankRow = (cells: readonly RawCell[]) => cells.every((cell) => cell.kind === 'empty');

export function readTemplate(
  sheets: readonly RawSheet[],
  indicators: readonly IndicatorFacts[],
  locale: NumberLocale,
): TemplateReading {
  const facts = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const reading: TemplateReading = { sheets: [], fileProblems: [], actuals: [], definitions: [] };
  let rowsSeen = 0;
  for (const sheet of sheets) {
    const kind = kindOfSheet(sheet);
    if (kind === null) continue;
    const columns = kind === 'actuals' ? ACTUALS_COLUMNS : DEFINITION_COLUMNS;
    const [header, ...body] = sheet.rows;
    const { at, missing } = locateColumns(header?.cells ?? [], columns);
    for (const problem of sheet.problems)
      reading.fileProblems.push({
        sheet: sheet.name,
        row: problem.row,
        column: '',
        problem: problem.message,
      });
    if (missing.length > 0) {
      reading.fileProblems.push({
        sheet: sheet.name,
        row: header?.row ?? 1,
        column: missing.map((column) => column.header).join(', '),
        problem: `the heading row has no ${missing.map((column) => `"${column.header}"`).join(' or ')} column, so the sheet cannot be read.`,
      });
      continue;
    }
    const preview: PreviewSheet = {
      name: sheet.name,
      kind,
      headers: columns.map((c) => c.header),
      rows: [],
    };
    for (const row of body) {
      if (isBlankRow(row.cells)) continue;
      rowsSeen += 1;
      if (rowsSeen > MAX_TEMPLATE_ROWS) {
        reading.fileProblems.push({
          sheet: sheet.name,
          row: row.row,
          column: '',
          problem: `a template holds at most ${MAX_TEMPLATE_ROWS.toLocaleString('en-GB')} rows; this row and the ones after it were not read. Split the file.`,
        });
        break;
      }
      const context: RowContext = { sheet, row, at, columns, problems: [] };
      const cells = columns.map((column) => cellText(cellOf(context, column.key)).slice(0, 200));
      if (kind === 'actuals' && isUnfilled(context)) {
        preview.rows.push({
          sheet: sheet.name,
          row: row.row,
          cells,
          problems: [],
          skipped: 'No value given: the row is left out.',
        });
        continue;
      }
      if (kind === 'actuals') {
        const actual = readActualRow(context, facts, locale);
        if (actual) reading.actuals.push(actual);
      } else {
        const definition = readDefinitionRow(context, facts, locale);
        if (definition) reading.definitions.push(definition);
      }
      preview.rows.push({ sheet: sheet.name, row: row.row, cells, problems: context.problems });
    }
    reading.sheets.push(preview);
  }
  if (reading.sheets.length === 0 && reading.fileProblems.length === 0) {
    reading.fileProblems.push({
      sheet: '',
      row: 0,
      column: '',
      problem: `The file has no "${TEMPLATE_SHEETS.actuals}" or "${TEMPLATE_SHEETS.definitions}" sheet (it has ${sheets.map((s) => `"${s.name}"`).join(', ') || 'no sheets'}). Download the template and fill that in.`,
    });
  }
  return reading;
}

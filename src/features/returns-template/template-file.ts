/**
 * The returns template as Ragstone writes it (docs/returns-template.md): a "Read me" sheet, a
 * Definitions sheet and an Actuals sheet, prefilled with the indicators of the page it was
 * downloaded from, with drop-down lists taken from the domain's own lists. The CSV form is the
 * Actuals sheet alone.
 */
import type { IndicatorRow } from '@/data/api/contract';
import { nextPeriodId } from '@/domain/periods';
import {
  ACTUALS_COLUMNS,
  DEFINITION_COLUMNS,
  FREQUENCIES,
  PROFILE_SHAPES,
  RULE_TYPES,
  TEMPLATE_SHEETS,
  UNIT_TYPES,
  type ActualsColumnKey,
  type DefinitionColumnKey,
} from '@/domain/returns-template';
import { POLARITY_KINDS } from '@/domain/types';
import { toCsv, type CsvCell } from '@/lib/csv';
import type { SheetColumn, WorkbookSheet } from '@/lib/xlsx';

type Indicator = IndicatorRow['indicator'];

const DEFINITION_CHOICES: Partial<Record<DefinitionColumnKey, readonly string[]>> = {
  polarity: POLARITY_KINDS,
  unit: UNIT_TYPES,
  frequency: FREQUENCIES,
  rule: RULE_TYPES,
  profile: PROFILE_SHAPES,
};

const DEFINITION_NOTES: Partial<Record<DefinitionColumnKey, string>> = {
  code: 'The Ragstone indicator code, as on the indicator page. Rows with an unknown code are refused.',
  year: 'The financial year the target and floor are for, such as 2012/13.',
  owner: 'The unit that leads the indicator (read only: a template cannot move an indicator).',
  profile: 'How the year’s target is spread over its months (blank: as it is now).',
};

const ACTUALS_NOTES: Partial<Record<ActualsColumnKey, string>> = {
  period:
    'A month (2012-06 or Jun 2012), a quarter (Q1 2012/13) or a year (2012/13), as the indicator is reported.',
  value:
    'The figure as written: 71.5 for 71.5%. Use a decimal point, or choose "Decimal comma" when importing.',
  commentary: 'Needed for a red or amber figure: why, and what is being done.',
  unit: 'Optional: the unit the figure is in, checked against the indicator’s.',
  area: 'Leave blank for the council’s own figure.',
};

/** The next period to report: after the latest figure, or blank when there is none. */
function nextPeriod(row: IndicatorRow): string {
  const latest = row.latest?.period ?? row.asAt;
  return latest ? (nextPeriodId(latest) ?? '') : '';
}

const leadOwner = (indicator: Indicator) =>
  indicator.owners.find((owner) => owner.role === 'lead')?.nodeId ?? '';

function definitionCells(row: IndicatorRow): Record<DefinitionColumnKey, CsvCell> {
  const { indicator } = row;
  const yearly = (figure: IndicatorRow['target']) =>
    figure && /^\d{4}\/\d{2}$/.test(figure.period) ? figure : null;
  const target = yearly(row.target);
  const floor = yearly(row.floor);
  return {
    code: indicator.id,
    title: indicator.title,
    polarity: indicator.polarity,
    unit: indicator.unit.type,
    frequency: indicator.frequency,
    owner: leadOwner(indicator) || null,
    rule: indicator.rule.type,
    year: target?.period ?? floor?.period ?? null,
    target: target?.value ?? null,
    floor: floor?.value ?? null,
    profile: indicator.profile?.shape ?? null,
  };
}

function actualsCells(row: IndicatorRow): Record<ActualsColumnKey, CsvCell> {
  return {
    code: row.indicator.id,
    title: row.indicator.title,
    period: nextPeriod(row),
    value: null,
    unit: row.indicator.unit.type,
    commentary: null,
    area: null,
  };
}

const README_LINES = [
  'How to fill in this template',
  '',
  `"${TEMPLATE_SHEETS.actuals}": one row per figure. Give the indicator code, the period and the value; add a commentary for any red or amber figure. Leave the title as it is (it is for reading only).`,
  `"${TEMPLATE_SHEETS.definitions}": one row per indicator and year. Administrators may change the title, polarity, monthly profile, and the year's target and floor. Unit, frequency, owner unit and rating rule are shown for reference and must stay as they are.`,
  'Cells with a drop-down take only the values it lists.',
  'Type values, not formulas; do not merge cells; keep the heading row.',
  'Percentages are written as numbers (71.5 for 71.5%), not as Excel percentages.',
  'Periods: a month as 2012-06 or Jun 2012, a quarter as Q1 2012/13, a financial year as 2012/13.',
  '',
  'Import the filled file on the indicator or unit page in Ragstone ("Import a filled template"). You will see every row with any problems before anything is saved; the rows are then saved as one batch, as drafts or submitted for approval, and the whole batch can be undone.',
  'Full description: docs/returns-template.md in Ragstone.',
];

function columnsOf<K extends string>(
  columns: readonly { key: K; header: string }[],
  choices: Partial<Record<K, readonly string[]>>,
  notes: Partial<Record<K, string>>,
): SheetColumn[] {
  return columns.map((column) => ({
    header: column.header,
    width: column.key === 'title' || column.key === 'commentary' ? 40 : 18,
    choices: choices[column.key],
    note: notes[column.key],
  }));
}

/** Enough empty rows with drop-downs for a year of monthly figures for every indicator. */
const blankRowsFor = (rows: readonly IndicatorRow[]) =>
  Math.min(2000, Math.max(50, rows.length * 12));

export function templateSheets(rows: readonly IndicatorRow[]): WorkbookSheet[] {
  return [
    {
      name: TEMPLATE_SHEETS.readMe,
      columns: [{ header: 'Ragstone returns template', width: 120 }],
      rows: README_LINES.map((line) => [line]),
      prose: true,
    },
    {
      name: TEMPLATE_SHEETS.definitions,
      columns: columnsOf(DEFINITION_COLUMNS, DEFINITION_CHOICES, DEFINITION_NOTES),
      rows: rows.map((row) => {
        const cells = definitionCells(row);
        return DEFINITION_COLUMNS.map((column) => cells[column.key]);
      }),
      blankRows: blankRowsFor(rows),
    },
    {
      name: TEMPLATE_SHEETS.actuals,
      columns: columnsOf(ACTUALS_COLUMNS, { unit: UNIT_TYPES }, ACTUALS_NOTES),
      rows: rows.map((row) => {
        const cells = actualsCells(row);
        return ACTUALS_COLUMNS.map((column) => cells[column.key]);
      }),
      blankRows: blankRowsFor(rows),
    },
  ];
}

/** The Actuals sheet as CSV. */
export function actualsCsv(rows: readonly IndicatorRow[]): string {
  return toCsv(
    ACTUALS_COLUMNS.map((column) => column.header),
    rows.map((row) => {
      const cells = actualsCells(row);
      return ACTUALS_COLUMNS.map((column) => cells[column.key]);
    }),
  );
}

/** The Definitions sheet as CSV. */
export function definitionsCsv(rows: readonly IndicatorRow[]): string {
  return toCsv(
    DEFINITION_COLUMNS.map((column) => column.header),
    rows.map((row) => {
      const cells = definitionCells(row);
      return DEFINITION_COLUMNS.map((column) => cells[column.key]);
    }),
  );
}

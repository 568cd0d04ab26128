/**
 * The returns template (docs/returns-template.md): the sheets and columns a council fills in, and
 * the closed lists its cells may take. The workbook writer, the reader, the server and the docs
 * all read these lists, so a column is named in one place.
 */

export const FREQUENCIES = [
  'monthly',
  'quarterly',
  'annual',
  'academic-year',
  'irregular',
] as const;
export type FrequencyName = (typeof FREQUENCIES)[number];

export const UNIT_TYPES = [
  'percent',
  'count',
  'rate',
  'currency',
  'days',
  'weeks',
  'ratio',
  'score',
  'band',
  'text',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const PROFILE_SHAPES = ['flat', 'straight-line-from-last-year', 'not-printed'] as const;
export type ProfileShape = (typeof PROFILE_SHAPES)[number];

export const RULE_TYPES = [
  'target-floor',
  'target-tolerance',
  'paf-bands',
  'milestone',
  'lpsa-stretch',
  'not-rated',
] as const;
export type RuleType = (typeof RULE_TYPES)[number];

/** Where a committed batch leaves its figures: a draft to check, or submitted for approval. */
export const BATCH_MODES = ['draft', 'submitted'] as const;
export type BatchMode = (typeof BATCH_MODES)[number];

export const BATCH_MODE_LABELS: Record<BatchMode, string> = {
  draft: 'Save as drafts (you submit them later)',
  submitted: 'Submit for approval now',
};

export const TEMPLATE_SHEETS = {
  readMe: 'Read me',
  definitions: 'Definitions',
  actuals: 'Actuals',
} as const;
export type TemplateSheetKey = Exclude<keyof typeof TEMPLATE_SHEETS, 'readMe'>;

/** The Actuals sheet, in order: the key is what the reader calls the cell, the header what people see. */
export const ACTUALS_COLUMNS = [
  { key: 'code', header: 'Indicator code', required: true },
  { key: 'title', header: 'Title (for reading only)', required: false },
  { key: 'period', header: 'Period', required: true },
  { key: 'value', header: 'Value', required: true },
  { key: 'unit', header: 'Unit', required: false },
  { key: 'commentary', header: 'Commentary', required: false },
  { key: 'area', header: 'Area (blank for the council)', required: false },
] as const;
export type ActualsColumnKey = (typeof ACTUALS_COLUMNS)[number]['key'];

export const DEFINITION_COLUMNS = [
  { key: 'code', header: 'Indicator code', required: true },
  { key: 'title', header: 'Title', required: true },
  { key: 'polarity', header: 'Polarity', required: true },
  { key: 'unit', header: 'Unit', required: true },
  { key: 'frequency', header: 'Frequency', required: true },
  { key: 'owner', header: 'Owner unit', required: false },
  { key: 'rule', header: 'Rating rule', required: true },
  { key: 'year', header: 'Target year', required: false },
  { key: 'target', header: 'Target', required: false },
  { key: 'floor', header: 'Floor', required: false },
  { key: 'profile', header: 'Monthly profile', required: false },
] as const;
export type DefinitionColumnKey = (typeof DEFINITION_COLUMNS)[number]['key'];

/** The spreadsheet letter of a zero-based column: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The most rows one template may hold: a year of monthly returns for a large authority. */
export const MAX_TEMPLATE_ROWS = 5000;

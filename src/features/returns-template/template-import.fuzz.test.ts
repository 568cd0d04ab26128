/**
 * Fuzzing the returns template's XLSX import (issue 14): each case writes a real workbook with
 * exceljs, plants known-good Actuals rows among damaged ones (wrong cell types, formulas, error
 * values, huge strings, merged cells, dates where numbers belong, numbers where periods belong,
 * duplicated and empty rows), sometimes damages the sheet or the zip bytes, and reads it back
 * through the same path as the browser. Seeds are fixed; FUZZ_RUNS sets the count.
 */
import { Workbook, type CellValue } from 'exceljs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ACTUALS_COLUMNS, TEMPLATE_SHEETS } from '@/domain/returns-template';
import { TEMPLATE_FACTS } from '@test/returns-template-fixtures';
import { FUZZ_RUNS, fuzzTimeout } from '@test/fuzz-config';
import { readTemplateFile } from './read-template-file';

const FILE = 'fuzz.xlsx';
/**
 * Writing and reading a workbook costs tens of milliseconds, so `npm test` runs 50 cases (a few
 * seconds); a FUZZ_RUNS given outright (`npm run fuzz`: 10,000) is run in full.
 */
const RUNS = process.env.FUZZ_RUNS === undefined ? 50 : FUZZ_RUNS;

interface GoodRow {
  code: string;
  period: string;
  value: number;
}

const goodRow: fc.Arbitrary<GoodRow> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 4, max: 12 }), fc.integer({ min: 0, max: 100 }))
    .map(([month, value]) => ({
      code: 'paf-c28',
      period: `2012-${String(month).padStart(2, '0')}`,
      value,
    })),
  fc
    .tuple(fc.integer({ min: 4, max: 12 }), fc.integer({ min: 0, max: 9_999_999 }))
    .map(([month, value]) => ({
      code: 'fx-library-visits',
      period: `2012-${String(month).padStart(2, '0')}`,
      value,
    })),
);

/** One way to damage a good row; each must leave the row refused with a named column. */
type Damage =
  | 'value-text'
  | 'value-formula'
  | 'value-error'
  | 'value-date'
  | 'value-boolean'
  | 'value-huge'
  | 'period-number'
  | 'period-impossible'
  | 'code-unknown'
  | 'code-huge'
  | 'commentary-huge'
  | 'merged';

const DAMAGES: readonly Damage[] = [
  'value-text',
  'value-formula',
  'value-error',
  'value-date',
  'value-boolean',
  'value-huge',
  'period-number',
  'period-impossible',
  'code-unknown',
  'code-huge',
  'commentary-huge',
  'merged',
];

type Planted =
  | { kind: 'good'; row: GoodRow }
  | { kind: 'bad'; row: GoodRow; damage: Damage }
  | { kind: 'blank' };

const planted: fc.Arbitrary<Planted> = fc.oneof(
  { weight: 5, arbitrary: goodRow.map((row) => ({ kind: 'good' as const, row })) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(goodRow, fc.constantFrom(...DAMAGES))
      .map(([row, damage]) => ({ kind: 'bad' as const, row, damage })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'blank' as const }) },
);

/** Damage to the workbook as a whole; the reading must then say what is wrong with it. */
type SheetDamage = 'none' | 'rename-sheet' | 'drop-sheet' | 'rename-column' | 'extra-sheet';
type ByteDamage = { kind: 'none' } | { kind: 'truncate' | 'garble'; at: number; seed: number };

const RENAMED_SHEET = 'Actual figures';
const VALUE_COLUMN = ACTUALS_COLUMNS.findIndex((c) => c.key === 'value') + 1;

function cellsFor(row: GoodRow, damage: Damage | null): CellValue[] {
  const cells: CellValue[] = [row.code, '', row.period, row.value, '', '', ''];
  const huge = 'x'.repeat(40_000);
  switch (damage) {
    case null:
      break;
    case 'value-text':
      cells[3] = 'about 70';
      break;
    case 'value-formula':
      cells[3] = { formula: 'B1*2', result: 4, date1904: false };
      break;
    case 'value-error':
      cells[3] = { error: '#DIV/0!' };
      break;
    case 'value-date':
      cells[3] = new Date(Date.UTC(2012, 5, 1));
      break;
    case 'value-boolean':
      cells[3] = true;
      break;
    case 'value-huge':
      cells[3] = huge;
      break;
    case 'period-number':
      cells[2] = 41061;
      break;
    case 'period-impossible':
      cells[2] = '2012/99';
      break;
    case 'code-unknown':
      cells[0] = 'no-such-code';
      break;
    case 'code-huge':
      cells[0] = huge;
      break;
    case 'commentary-huge':
      cells[5] = huge;
      break;
    case 'merged':
      cells[5] = 'merged into the area';
      break;
  }
  return cells;
}

async function workbookOf(rows: readonly Planted[], sheetDamage: SheetDamage) {
  const workbook = new Workbook();
  workbook.addWorksheet(TEMPLATE_SHEETS.readMe).addRow(['Fill in the Actuals sheet.']);
  const actuals = workbook.addWorksheet(
    sheetDamage === 'rename-sheet' ? RENAMED_SHEET : TEMPLATE_SHEETS.actuals,
  );
  actuals.addRow(
    ACTUALS_COLUMNS.map((c, i) =>
      sheetDamage === 'rename-column' && i + 1 === VALUE_COLUMN ? 'Valeu' : c.header,
    ),
  );
  rows.forEach((entry, index) => {
    const rowNumber = index + 2;
    if (entry.kind === 'blank') return;
    const damage = entry.kind === 'bad' ? entry.damage : null;
    actuals.getRow(rowNumber).values = cellsFor(entry.row, damage);
    if (damage === 'merged') actuals.mergeCells(`F${rowNumber}:G${rowNumber}`);
  });
  if (sheetDamage === 'extra-sheet') workbook.addWorksheet('Notes').addRow(['Value', 3]);
  if (sheetDamage === 'drop-sheet') workbook.removeWorksheet(actuals.id);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer).slice();
}

function damageBytes(bytes: Uint8Array<ArrayBuffer>, damage: ByteDamage): Uint8Array<ArrayBuffer> {
  if (damage.kind === 'none') return bytes;
  const at = damage.at % bytes.length;
  if (damage.kind === 'truncate') return bytes.slice(0, at);
  const out = bytes.slice();
  for (let i = at; i < Math.min(out.length, at + 64); i += 1)
    out[i] = (out[i] ?? 0) ^ ((damage.seed + i * 31) & 0xff);
  return out;
}

const byteDamage: fc.Arbitrary<ByteDamage> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: 'none' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constantFrom('truncate' as const, 'garble' as const),
      at: fc.nat(),
      seed: fc.integer({ min: 1, max: 255 }),
    }),
  },
);

const sheetDamage: fc.Arbitrary<SheetDamage> = fc.oneof(
  { weight: 8, arbitrary: fc.constant('none' as const) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'rename-sheet' as const,
      'drop-sheet' as const,
      'rename-column' as const,
      'extra-sheet' as const,
    ),
  },
);

test(
  'mutated workbooks: no crash, every refusal named by sheet, row and column, every good row kept',
  async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(planted, { maxLength: 25 }),
        fc.boolean(),
        sheetDamage,
        byteDamage,
        async (rowsIn, duplicate, sheetHarm, byteHarm) => {
          // A duplicated row is the same figure twice: both copies are good rows of the file.
          const first = rowsIn.find((entry) => entry.kind === 'good');
          const rows = duplicate && first ? [...rowsIn, first] : rowsIn;
          const bytes = damageBytes(await workbookOf(rows, sheetHarm), byteHarm);
          const reply = await readTemplateFile({
            bytes: bytes.buffer,
            fileName: FILE,
            indicators: TEMPLATE_FACTS,
            locale: 'point',
          });
          if (reply.type === 'failed') {
            // Only damaged bytes may make the file unreadable, and the message names the file.
            expect(byteHarm.kind).not.toBe('none');
            expect(reply.message.startsWith(FILE)).toBe(true);
            return;
          }
          const { reading } = reply;
          for (const problem of reading.fileProblems) {
            expect(problem.problem.length).toBeGreaterThan(0);
            if (problem.sheet !== '') expect(problem.row).toBeGreaterThanOrEqual(1);
          }
          for (const sheet of reading.sheets)
            for (const row of sheet.rows)
              for (const problem of row.problems) {
                expect(row.row).toBeGreaterThanOrEqual(2);
                expect(problem.column).toMatch(/\([A-Z]+\)$/);
                expect(problem.problem.length).toBeGreaterThan(0);
              }
          if (byteHarm.kind !== 'none') return; // what survives garbling is not ours to promise
          if (sheetHarm === 'drop-sheet') {
            expect(reading.actuals).toEqual([]);
            expect(reading.fileProblems.map((p) => p.problem)).toEqual([
              expect.stringContaining(`no "${TEMPLATE_SHEETS.actuals}"`) as unknown,
            ]);
            return;
          }
          if (sheetHarm === 'rename-column') {
            expect(reading.actuals).toEqual([]);
            expect(reading.fileProblems).toEqual([
              expect.objectContaining({ sheet: TEMPLATE_SHEETS.actuals, row: 1 }) as unknown,
            ]);
            return;
          }
          // A renamed sheet is still recognised by its heading row, and named as it is in the file.
          const sheetName = sheetHarm === 'rename-sheet' ? RENAMED_SHEET : TEMPLATE_SHEETS.actuals;
          const actualsSheet = reading.sheets.find((s) => s.kind === 'actuals');
          const byRow = new Map(reading.actuals.map((a) => [a.row, a]));
          rows.forEach((entry, index) => {
            const rowNumber = index + 2;
            if (entry.kind === 'good') {
              expect(byRow.get(rowNumber)).toEqual({
                sheet: sheetName,
                row: rowNumber,
                indicatorId: entry.row.code,
                period: entry.row.period,
                value: entry.row.value,
                commentary: null,
              });
            } else if (entry.kind === 'bad') {
              expect(byRow.has(rowNumber), `${entry.damage} on row ${rowNumber}`).toBe(false);
              const shown = actualsSheet?.rows.find((r) => r.row === rowNumber);
              expect(shown?.problems.length ?? 0, `${entry.damage} reported`).toBeGreaterThan(0);
            }
          });
          expect(reading.actuals).toHaveLength(rows.filter((e) => e.kind === 'good').length);
          expect(reading.fileProblems).toEqual([]);
        },
      ),
      { seed: 1414, numRuns: RUNS },
    );
  },
  fuzzTimeout(200),
);

/**
 * The template Ragstone writes reads back: its lists come from the domain, its prefilled rows are
 * valid (definitions) or left out as unfilled (actuals), and a filled copy gives the figures, with
 * each bad cell named by sheet, row and column while its neighbours are kept.
 */
import { Workbook, type Worksheet } from 'exceljs';
import { describe, expect, test } from 'vitest';
import { FREQUENCIES } from '@/domain/returns-template';
import { POLARITY_KINDS } from '@/domain/types';
import { workbookBytes } from '@/lib/xlsx';
import { TEMPLATE_FACTS, TEMPLATE_ROWS } from '@test/returns-template-fixtures';
import { readTemplateFile } from './read-template-file';
import { actualsCsv, templateSheets } from './template-file';

async function readBack(
  bytes: ArrayBuffer,
  fileName = 'filled.xlsx',
  locale: 'point' | 'comma' = 'point',
) {
  const reply = await readTemplateFile({ bytes, fileName, indicators: TEMPLATE_FACTS, locale });
  if (reply.type !== 'read') throw new Error(reply.message);
  return reply.reading;
}

async function filledWorkbook(fill: (actuals: Worksheet) => void) {
  const workbook = new Workbook();
  await workbook.xlsx.load(await workbookBytes(templateSheets(TEMPLATE_ROWS)));
  const actuals = workbook.getWorksheet('Actuals');
  if (!actuals) throw new Error('no Actuals sheet');
  fill(actuals);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer).slice().buffer;
}

describe('the returns template', () => {
  test('has a read-me, definitions with drop-downs from the domain lists, and prefilled actuals', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load(await workbookBytes(templateSheets(TEMPLATE_ROWS)));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Read me',
      'Definitions',
      'Actuals',
    ]);
    const definitions = workbook.getWorksheet('Definitions');
    expect(definitions?.getRow(2).values).toEqual([
      undefined,
      'paf-c28',
      'Care plans reviewed',
      'higher-is-better',
      'percent',
      'monthly',
      'unit-b',
      'target-floor',
      '2012/13',
      85,
      70,
    ]);
    expect(definitions?.getCell('C2').dataValidation.formulae).toEqual([
      `"${POLARITY_KINDS.join(',')}"`,
    ]);
    expect(definitions?.getCell('E40').dataValidation.formulae).toEqual([
      `"${FREQUENCIES.join(',')}"`,
    ]);
    expect(workbook.getWorksheet('Actuals')?.getRow(2).values).toEqual([
      undefined,
      'paf-c28',
      'Care plans reviewed',
      '2012-06',
      undefined,
      'percent',
    ]);
  });

  test('an unfilled template reads with its definitions valid and its actuals left out', async () => {
    const reading = await readBack(await workbookBytes(templateSheets(TEMPLATE_ROWS)));
    expect(reading.fileProblems).toEqual([]);
    expect(reading.definitions.map((d) => [d.row, d.indicatorId, d.target])).toEqual([
      [2, 'paf-c28', 85],
      [3, 'fx-library-visits', 85],
    ]);
    expect(reading.actuals).toEqual([]);
    const actuals = reading.sheets.find((sheet) => sheet.kind === 'actuals');
    expect(actuals?.rows.map((row) => row.skipped)).toEqual([
      'No value given: the row is left out.',
      'No value given: the row is left out.',
    ]);
  });

  test('a filled template gives its figures, and a bad cell is named while its neighbours are kept', async () => {
    const bytes = await filledWorkbook((sheet) => {
      sheet.getCell('D2').value = 86;
      sheet.getRow(4).values = ['fx-library-visits', '', '2012-06', 51234, 'count'];
      sheet.getRow(5).values = ['paf-c28', '', 'Jul 2012', '70,5'];
      sheet.getRow(6).values = ['nope', '', '2012-06', 3];
      sheet.getRow(7).values = ['paf-c28', '', new Date(Date.UTC(2012, 7, 1)), 81];
    });
    const reading = await readBack(bytes);
    expect(reading.actuals.map((a) => [a.row, a.indicatorId, a.period, a.value])).toEqual([
      [2, 'paf-c28', '2012-06', 86],
      [4, 'fx-library-visits', '2012-06', 51234],
      [7, 'paf-c28', '2012-08', 81],
    ]);
    const problems = reading.sheets
      .flatMap((sheet) => sheet.rows.map((row) => ({ row: row.row, problems: row.problems })))
      .filter((row) => row.problems.length > 0);
    expect(problems).toEqual([
      {
        row: 5,
        problems: [
          {
            column: 'Value (D)',
            problem: expect.stringMatching(
              /"70,5" looks like a decimal comma.*choose "Decimal comma"/,
            ) as unknown,
          },
        ],
      },
      {
        row: 6,
        problems: [
          { column: 'Indicator code (A)', problem: 'there is no indicator with the code "nope".' },
        ],
      },
    ]);
    // With the decimal comma chosen, the same file reads 70,5 as 70.5.
    const comma = await readBack(bytes, 'filled.xlsx', 'comma');
    expect(comma.actuals.find((a) => a.row === 5)?.value).toBe(70.5);
  });

  test('refuses formulas, Excel percentages, merged cells and periods outside the indicator’s years', async () => {
    const bytes = await filledWorkbook((sheet) => {
      sheet.getCell('D2').value = { formula: 'B1*2', result: 4 };
      sheet.getCell('D3').value = 0.715;
      sheet.getCell('D3').numFmt = '0.0%';
      sheet.getRow(4).values = ['paf-c28', '', '2030-06', 80];
      sheet.getRow(5).values = ['paf-c28', '', '2012-09', 80, '', 'Too long to say'];
      sheet.mergeCells('F5:G5');
      sheet.getRow(6).values = ['paf-c28', '', 41061, 80];
    });
    const reading = await readBack(bytes);
    expect(reading.actuals).toEqual([]);
    const problems = reading.sheets.flatMap((sheet) =>
      sheet.rows.flatMap((row) =>
        row.problems.map((p) => `${sheet.name} ${row.row} ${p.column}: ${p.problem}`),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^Actuals 2 Value \(D\): holds a formula \(=B1\*2\)/),
      expect.stringMatching(/^Actuals 3 Value \(D\): is an Excel percentage .*unit does not match/),
      expect.stringMatching(/^Actuals 4 Period \(C\): June 2030 is outside the indicator’s years/),
      expect.stringMatching(/^Actuals 5 Commentary \(F\): is merged with other cells/),
      expect.stringMatching(/^Actuals 5 Area .*\(G\): is merged with other cells/),
      expect.stringMatching(
        /^Actuals 6 Period \(C\): is the number 41061, which looks like a date/,
      ),
    ]);
  });

  test('the CSV template reads back as the Actuals sheet', async () => {
    const text = actualsCsv(TEMPLATE_ROWS).replace('2012-06,,percent', '2012-06,88,percent');
    const reading = await readBack(new TextEncoder().encode(text).buffer, 'june.csv');
    expect(reading.actuals).toEqual([
      {
        sheet: 'june.csv',
        row: 2,
        indicatorId: 'paf-c28',
        period: '2012-06',
        value: 88,
        commentary: null,
      },
    ]);
  });

  test('a file that is neither says so in words', async () => {
    const reading = await readBack(new TextEncoder().encode('a,b\n1,2\n').buffer, 'other.csv');
    expect(reading.fileProblems.map((p) => p.problem)).toEqual([
      'The file has no "Actuals" or "Definitions" sheet (it has "other.csv"). Download the template and fill that in.',
    ]);
    const broken = await readTemplateFile({
      bytes: new TextEncoder().encode('PK not really a zip').buffer,
      fileName: 'broken.xlsx',
      indicators: TEMPLATE_FACTS,
      locale: 'point',
    });
    expect(broken).toEqual({
      type: 'failed',
      message: expect.stringMatching(
        /^broken\.xlsx: The file could not be opened as an Excel workbook/,
      ) as unknown,
    });
  });
});

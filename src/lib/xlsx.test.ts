import { Workbook } from 'exceljs';
import { expect, test } from 'vitest';
import { numberFormat, workbookBytes } from './xlsx';

test('each unit gets the number format a council analyst expects, and the figure stays a number', async () => {
  const units = [
    { name: 'percent', unit: { type: 'percent', decimals: 1 }, value: 71.5 },
    { name: 'pounds', unit: { type: 'currency' }, value: 3140000 },
    { name: 'thousands', unit: { type: 'currency', label: 'GBP (000)' }, value: 523 },
    { name: 'count', unit: { type: 'count' }, value: 1281 },
    { name: 'rate', unit: { type: 'rate', per: 1000, decimals: 1 }, value: 58.5 },
    { name: 'days', unit: { type: 'days' }, value: -3 },
  ];
  const bytes = await workbookBytes([
    {
      name: 'Units',
      heading: ['Figures in their units', 'As at May 2012'],
      columns: [{ header: 'Unit' }, { header: 'Figure' }],
      rows: units.map(({ name, unit, value }) => [name, { value, numFmt: numberFormat(unit) }]),
    },
  ]);
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes);
  const sheet = workbook.getWorksheet('Units');
  if (!sheet) throw new Error('no sheet');
  expect(sheet.getCell('A1').value).toBe('Figures in their units');
  expect(sheet.getCell('A1').font.bold).toBe(true);
  expect(sheet.getRow(4).values).toEqual([undefined, 'Unit', 'Figure']);
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
  const formats = Object.fromEntries(
    units.map((_, index) => {
      const row = sheet.getRow(5 + index);
      return [row.getCell(1).text, [row.getCell(2).value, row.getCell(2).numFmt]];
    }),
  );
  expect(formats).toEqual({
    percent: [71.5, '#,##0.0"%"'],
    pounds: [3140000, '"£"#,##0'],
    thousands: [523, '"£"#,##0"k"'],
    count: [1281, '#,##0'],
    rate: [58.5, '#,##0.0" per 1,000"'],
    days: [-3, '#,##0" days"'],
  });
});

test('text that would run as a formula is written as text; numeric text and negatives stay as given', async () => {
  const bytes = await workbookBytes([
    {
      name: 'Unsafe',
      heading: ['=HYPERLINK("http://evil.example")'],
      columns: [{ header: '@SUM(A1)' }],
      rows: [['+cmd|calc'], [-12.5], ['-12.5'], ['\tTAB']],
    },
  ]);
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes);
  const sheet = workbook.getWorksheet('Unsafe');
  expect(sheet?.getCell('A1').value).toBe(`'=HYPERLINK("http://evil.example")`);
  expect(sheet?.getCell('A3').value).toBe(`'@SUM(A1)`);
  expect([4, 5, 6, 7].map((row) => sheet?.getCell(`A${row}`).value)).toEqual([
    `'+cmd|calc`,
    -12.5,
    '-12.5',
    `'\tTAB`,
  ]);
});

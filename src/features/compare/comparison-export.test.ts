import { Workbook } from 'exceljs';
import { expect, test } from 'vitest';
import { rankAreas } from '@/domain/compare';
import type { ComparisonResponse } from '@/data/api/contract';
import type { ComparisonView } from './comparison-model';
import { exportWorkbook } from '@/lib/table-export';
import { comparisonExport } from './comparison-export';

const indicator: ComparisonResponse['indicator'] = {
  id: 'x',
  title: 'Share of roads needing repair',
  codes: [],
  kind: 'context',
  polarity: 'lower-is-better',
  unit: { type: 'percent', decimals: 1 },
  frequency: 'annual',
  rule: { type: 'not-rated', reason: 'context' },
  owners: [],
  provenance: [],
};

const figures = [
  { areaId: 'kent', name: 'Kent', value: 6.5, period: '2019' },
  { areaId: 'x', name: '=HYPERLINK("http://evil.example","Kent")', value: -5, period: '2019' },
];
const view: ComparisonView = {
  period: '2019',
  group: {
    id: 'g',
    name: 'Counties in a.csv',
    kind: 'imported',
    members: ['kent', 'x'],
    provenance: [],
  },
  ranked: figures.map((f) => ({
    ...f,
    isLead: f.areaId === 'kent',
    isReference: false,
    areaType: 'imported',
    importedFrom: 'a.csv',
  })),
  references: [],
  ranking: rankAreas({
    figures,
    leadAreaId: 'kent',
    polarity: 'lower-is-better',
    groupPhrase: 'in the group',
  }),
  periods: ['2019'],
  unit: { type: 'percent', decimals: 1 },
  polarity: 'lower-is-better',
};

test('the workbook keeps figures as numbers with the unit’s format, neutralises formulas and defines its terms', async () => {
  const bytes = await exportWorkbook(comparisonExport(view, indicator, new Map()));
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes);
  const sheet = workbook.getWorksheet('Comparison');
  if (!sheet) throw new Error('no comparison sheet');
  // Title, period and group, and source above the table; the header row frozen below them.
  expect(sheet.getCell('A1').value).toBe('Share of roads needing repair');
  expect(sheet.getCell('A2').value).toBe('2019, Counties in a.csv');
  expect(sheet.getCell('A3').value).toBe(
    'Source: each row names the council paper and line, or the imported file',
  );
  expect(sheet.getRow(5).values).toEqual([
    undefined,
    'Area',
    'Figure',
    'Period',
    'Position',
    'Quartile',
    'Source',
    'Compared with',
  ]);
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
  const rows = [6, 7].map((n) => sheet.getRow(n));
  const evil = rows.find((r) => r.getCell(2).value === -5);
  expect(evil?.getCell(1).value).toBe(`'=HYPERLINK("http://evil.example","Kent")`);
  expect(evil?.getCell(2).numFmt).toBe('#,##0.0"%"');
  expect(evil?.getCell(6).value).toBe('Imported from a.csv');
  expect(rows.find((r) => r.getCell(1).value === 'Kent')?.getCell(2).value).toBe(6.5);
  const definitions = workbook.getWorksheet('Definitions');
  const meaning = (term: string) => {
    let found: unknown;
    definitions?.eachRow((row) => {
      if (row.getCell(1).value === term) found = row.getCell(2).value;
    });
    return found;
  };
  expect(meaning('Measure')).toBe('Share of roads needing repair');
  expect(meaning('Direction')).toBe('lower is better');
  expect(meaning('Unit')).toBe('Percentage');
  expect(meaning('Rule')).toBe('Not rated: context indicator, no judgement of better or worse.');
});

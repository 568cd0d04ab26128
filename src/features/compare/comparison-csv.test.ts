import Papa from 'papaparse';
import { expect, test } from 'vitest';
import type { ComparisonResponse } from '@/data/api/contract';
import type { Observation } from '@/data/contract/dataset-schema';
import { exportCsv } from '@/lib/table-export';
import { comparisonExport } from './comparison-export';
import { groupOptions } from './comparison-model';
import { buildComparisonView } from './comparison-view';
import { figuresForPeriod } from '@/data/api/comparison-figures';
import {
  actualFigure,
  comparisonFixture,
  contextIndicator,
  county,
} from '@test/comparison-fixtures';

const actual = actualFigure('x');
const observations: Observation[] = [
  actual('kent', '2010/11', 60),
  actual('essex', '2010/11', 70),
  actual('surrey', '2010/11', 70),
];

const response: ComparisonResponse = comparisonFixture({
  indicator: contextIndicator('x', 'Pupils with five good GCSEs', 'higher-is-better', {
    type: 'percent',
  }),
  areas: [county('kent', 'Kent'), county('essex', 'Essex'), county('surrey', 'Surrey')],
  observations,
});

function exportedRows(): Record<string, string>[] {
  const group = groupOptions(response, ['kent', 'essex', 'surrey', 'imported-x']).find(
    (option) => option.id === 'user',
  );
  if (!group) throw new Error('no user group');
  const view = buildComparisonView({
    response,
    figures: figuresForPeriod(observations, '2010/11'),
    lead: 'kent',
    group,
    period: '2010/11',
    imported: [
      {
        id: 'cmd',
        fileName: '=cmd.csv',
        polarity: 'unknown',
        figures: [
          {
            areaId: 'imported-x',
            name: '=HYPERLINK("http://evil.example","Kent")',
            period: '2010/11',
            value: -5,
            printed: '-5',
            row: 2,
            areaType: 'other',
            isReference: false,
          },
        ],
      },
    ],
  });
  const text = exportCsv(comparisonExport(view, response.indicator, new Map()).table);
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true })
    .data;
}

test('tied positions are written "1=" as a spreadsheet keeps them as text, never "=1"', () => {
  const rows = exportedRows();
  expect(rows.filter((row) => row.Position === '1=').map((row) => row.Area)).toEqual([
    'Essex',
    'Surrey',
  ]);
  expect(rows.find((row) => row.Area === 'Kent')?.Position).toBe('3');
  expect(rows.some((row) => row.Position?.startsWith('='))).toBe(false);
});

test('an imported name that would run as a formula is written as text; a negative figure stays a number', () => {
  const imported = exportedRows().find((row) => row.Figure === '-5');
  expect(imported?.Area).toBe(`'=HYPERLINK("http://evil.example","Kent")`);
  expect(imported?.Source).toBe('Imported from =cmd.csv');
});

import { expect, test } from 'vitest';
import { assembleComparison, type ComparisonFrame } from '@/data/api/comparison-figures';
import type { ComparisonResponse } from '@/data/api/contract';
import { buildOverTimeModel, quantile } from './over-time-model';

function response(areaCount: number, periods: string[]): ComparisonResponse {
  const areas = Array.from({ length: areaCount }, (_, i) => ({
    id: `a${i + 1}`,
    name: `Area ${i + 1}`,
    type: 'county' as const,
  }));
  return assembleComparison(
    {
      indicator: { id: 'x', title: 'X', unit: { type: 'percent' }, polarity: 'higher-is-better' },
      areas: [...areas, { id: 'england', name: 'England', type: 'country' }],
      groups: [],
      tables: [],
    } as unknown as ComparisonFrame,
    [...areas, { id: 'england' }].flatMap((area, i) =>
      periods.map((period, p) => ({
        indicatorId: 'x',
        area: area.id,
        period,
        basis: 'period' as const,
        measure: 'actual' as const,
        value: i + 1 + p,
      })),
    ),
    'a1',
  );
}

test('quartiles interpolate between neighbours', () => {
  expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
  expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
  expect(quantile([], 0.5)).toBeNull();
});

test('a large group is drawn as the lead, the averages and the group median and quartile band', () => {
  const data = response(152, ['2012-04', '2012-05']);
  const members = Array.from({ length: 152 }, (_, i) => `a${i + 1}`);
  const model = buildOverTimeModel(data, { lead: 'a1', members, references: ['england'] });
  expect(model.isSummarised).toBe(true);
  expect(model.lines.map((line) => line.areaId)).toEqual(['a1', 'england']);
  expect(model.spread?.median).toEqual([76.5, 77.5]);
  expect(model.spread?.lower[0]).toBeCloseTo(38.75);
  expect(model.spread?.counts).toEqual([152, 152]);
});

test('a small group draws every chosen area and no band', () => {
  const data = response(4, ['2012-04', '2012-05']);
  const model = buildOverTimeModel(data, {
    lead: 'a1',
    members: ['a1', 'a2', 'a3'],
    references: ['england'],
  });
  expect(model.spread).toBeNull();
  expect(model.lines.map((line) => line.areaId)).toEqual(['a1', 'a2', 'a3', 'england']);
  expect(model.lines[1]?.values).toEqual([2, 3]);
});

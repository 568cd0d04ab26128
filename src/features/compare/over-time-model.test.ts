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

test('the band counts only the areas with a figure in each period, ordered by value', () => {
  const data = response(12, ['2012-04', '2012-05']);
  const values = [-3.5, 10, 2.25, -1, 7, 0, 4, 11, 100, -20, 5, 6];
  const series = {
    ...data.series,
    areas: data.series.areas.map((entry, index) => ({
      ...entry,
      // The first period holds the figures above, the second only the first five of them.
      values: [values[index] ?? null, index < 5 ? (values[index] ?? null) : null],
    })),
  };
  const members = Array.from({ length: 12 }, (_, i) => `a${i + 1}`);
  const model = buildOverTimeModel({ ...data, series }, { lead: 'a1', members, references: [] });
  const sorted = [...values].sort((a, b) => a - b);
  expect(model.spread?.counts).toEqual([12, 5]);
  expect(model.spread?.median).toEqual([quantile(sorted, 0.5), 2.25]);
  expect(model.spread?.lower).toEqual([quantile(sorted, 0.25), -1]);
  expect(model.spread?.upper).toEqual([quantile(sorted, 0.75), 7]);
});

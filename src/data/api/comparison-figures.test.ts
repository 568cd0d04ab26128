import { expect, test } from 'vitest';
import type { Observation } from '../contract/dataset-schema';
import { actualFigure } from '@test/comparison-fixtures';
import { comparisonSeries, figuresForPeriod, openingPeriod } from './comparison-figures';

const figure = actualFigure('x');

const figures: Observation[] = [
  figure('kent', '2012-04', 10),
  figure('kent', '2012-05', 11),
  figure('kent', '2012-05', 30, { basis: 'ytd' }),
  figure('essex', '2012-04', 20),
  figure('essex', '2012-05', null),
  figure('surrey', '2012-03', 5),
  figure('surrey', '2011/12', 50),
  figure('kent', '2012-05', 12, { measure: 'target' }),
];

test('a period’s figures are each area’s own, else its latest earlier one of the same kind', () => {
  expect(figuresForPeriod(figures, '2012-05').map((o) => [o.area, o.period, o.value])).toEqual([
    ['kent', '2012-05', 11],
    ['kent', '2012-05', 30],
    // A printed reason for a missing figure is the area's figure: no earlier one replaces it.
    ['essex', '2012-05', null],
    // Surrey's latest earlier month, never its financial year, and never a target.
    ['surrey', '2012-03', 5],
  ]);
});

test('the series holds one number per period and area, the period’s own figure before a year-to-date one', () => {
  expect(comparisonSeries(figures)).toEqual({
    // Periods in the domain's order: by end, the shorter first.
    periods: ['2012-03', '2011/12', '2012-04', '2012-05'],
    areas: [
      { area: 'kent', values: [null, null, 10, 11], documents: [] },
      { area: 'essex', values: [null, null, 20, null], documents: [] },
      { area: 'surrey', values: [5, 50, null, null], documents: [] },
    ],
  });
});

test('a comparison opens on the period most areas report among the lead’s, else the latest', () => {
  const series = comparisonSeries(figures);
  expect(openingPeriod(series, 'kent')).toBe('2012-04');
  // Equally reported periods: the later in the series' order.
  expect(openingPeriod(series, 'surrey')).toBe('2011/12');
  expect(openingPeriod(series, 'nowhere')).toBe('2012-05');
});

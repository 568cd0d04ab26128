import { expect, test } from 'vitest';
import type { Observation } from '@/data/contract/dataset-schema';
import { buildTrendData, describeOffChart } from './trend-series';

const figure = (
  period: string,
  measure: Observation['measure'],
  value: number,
  basis: Observation['basis'] = 'period',
): Observation => ({
  indicatorId: 'x',
  area: 'kent',
  period,
  basis,
  measure,
  value,
});

const percent = { type: 'percent' } as const;
const count = { type: 'count' } as const;

test('an in-year indicator charts months, spreads annual targets over them and keeps annual outturns off the chart', () => {
  const data = buildTrendData(
    [
      figure('2012-04', 'actual', 60),
      figure('2012-06', 'actual', 67),
      figure('2012-06', 'actual', 65, 'ytd'),
      figure('2012/13', 'target', 80),
      figure('2012-05', 'target', 78),
      figure('2012/13', 'floor', 75),
      figure('2011/12', 'actual', 85),
    ],
    percent,
  );
  expect(data.axisKind).toBe('month');
  expect(data.points.map((p) => p.label)).toEqual(['April 2012', 'May 2012', 'June 2012']);
  expect(data.points.map((p) => p.target)).toEqual([80, 78, 80]);
  expect(data.points.map((p) => p.actual)).toEqual([60, undefined, 67]);
  expect(data.points.map((p) => p.actual__ytd)).toEqual([undefined, undefined, 65]);
  expect(data.series.map((s) => s.label)).toEqual([
    'Actual',
    'Actual (year to date)',
    'Target, phased',
    'Floor standard',
  ]);
  expect(data.offChart.map((o) => o.period)).toEqual(['2011/12']);
  expect(data.yearlyTotals).toEqual([]);
  expect(describeOffChart(data, percent)).toBe(
    'Not drawn on this chart (see the table): Actual 2011/12 85%.',
  );
});

const monthsAndYearLevels = [
  figure('2012-04', 'actual', 10.5),
  figure('2012-05', 'actual', 11),
  figure('2012/13', 'target', 12),
  figure('2012/13', 'floor', 9),
];

test.each(['percent', 'rate', 'days', 'weeks', 'ratio', 'score'] as const)(
  'a yearly %s level is drawn across the months of its year',
  (type) => {
    const data = buildTrendData(monthsAndYearLevels, { type });
    expect(data.points.map((p) => [p.target, p.floor])).toEqual([
      [12, 9],
      [12, 9],
    ]);
    expect(describeOffChart(data, { type })).toBeNull();
  },
);

test.each(['count', 'currency'] as const)(
  'a yearly %s level is a total, so it is listed rather than drawn across months',
  (type) => {
    const data = buildTrendData(monthsAndYearLevels, { type });
    expect(data.series.map((s) => s.measure)).toEqual(['actual']);
    expect(data.yearlyTotals.map((o) => o.measure)).toEqual(['target', 'floor']);
  },
);

test('a yearly count is not drawn across a monthly axis but named under the chart with the reason', () => {
  // Library visits: 523k in May against a 7m target for the year.
  const data = buildTrendData(
    [
      figure('2012-04', 'actual', 498000),
      figure('2012-05', 'actual', 523000),
      figure('2012/13', 'target', 7000000),
      figure('2012/13', 'floor', 6650000),
      figure('2011/12', 'actual', 6900000),
    ],
    count,
  );
  expect(data.points.map((p) => p.target)).toEqual([undefined, undefined]);
  expect(describeOffChart(data, count)).toBe(
    'Not drawn on this chart (see the table): Actual 2011/12 6,900,000; ' +
      'Target 2012/13 7,000,000 and Floor standard 2012/13 6,650,000 ' +
      '(yearly totals, not comparable with a month).',
  );
});

test('a yearly expected level of a count is named singly, and a monthly one is still drawn', () => {
  // Marriage ceremonies: about 70 a month against 1,950 expected in the year.
  const data = buildTrendData(
    [
      figure('2012-04', 'actual', 68),
      figure('2012-05', 'actual', 71),
      figure('2012-05', 'target', 70),
      figure('2012/13', 'expected', 1950),
    ],
    count,
  );
  expect(data.points.map((p) => p.target)).toEqual([undefined, 70]);
  expect(data.points.map((p) => p.expected)).toEqual([undefined, undefined]);
  expect(describeOffChart(data, count)).toBe(
    'Not drawn on this chart (see the table): Expected level 2012/13 1,950 ' +
      '(a yearly total, not comparable with a month).',
  );
});

test('an annual count keeps its yearly target on the chart', () => {
  const data = buildTrendData(
    [figure('2010/11', 'actual', 1800), figure('2011/12', 'target', 1950)],
    count,
  );
  expect(data.axisKind).toBe('year');
  expect(data.points.map((p) => p.target)).toEqual([undefined, 1950]);
  expect(data.yearlyTotals).toEqual([]);
});

test('an annual indicator charts financial years with forecasts and baselines', () => {
  const data = buildTrendData(
    [
      figure('2005/06', 'baseline', 40),
      figure('2006/07', 'actual', 45),
      figure('2008/09', 'forecast', 50),
      figure('2008/09', 'target', 52),
    ],
    percent,
  );
  expect(data.axisKind).toBe('year');
  expect(data.points.map((p) => p.period)).toEqual(['2005/06', '2006/07', '2007/08', '2008/09']);
  expect(data.series.map((s) => s.measure)).toEqual(['actual', 'forecast', 'target', 'baseline']);
  expect(data.offChart).toEqual([]);
});

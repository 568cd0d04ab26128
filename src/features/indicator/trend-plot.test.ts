import { lastIndexOf, trendRows } from './trend-plot';

const line = (key: string, values: (number | null)[]) => ({
  key,
  label: key,
  values,
  colour: 'black',
  width: 2,
  marker: 'circle' as const,
});

test('each category becomes one row holding every series and band under its key', () => {
  const rows = trendRows({
    categories: ['Apr 2012', 'May 2012'],
    series: [line('actual', [71, null]), line('target', [80, 80])],
    bands: [{ key: 'red-zone', lower: [0, 0], upper: [75, null], fill: 'pink' }],
  });
  expect(rows).toEqual([
    { label: 'Apr 2012', actual: 71, target: 80, 'red-zone': [0, 75] },
    { label: 'May 2012', actual: null, target: 80, 'red-zone': null },
  ]);
});

test('the end label goes on the last figure, not on a trailing gap', () => {
  expect(lastIndexOf([1, 2, null])).toBe(1);
  expect(lastIndexOf([null, null])).toBe(-1);
});

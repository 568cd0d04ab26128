import { expect, test } from 'vitest';
import type { AssessableIndicator, AssessableObservation } from './assess';
import { gapToNextTarget } from './gap';

const occupancy: AssessableIndicator = {
  id: 'bp2008-kent-wide-services-occupancy-rate',
  kind: 'performance',
  polarity: 'higher-is-better',
  unit: { type: 'percent' },
  frequency: 'annual',
  rule: { type: 'target-floor' },
};
// 001_23223e66fe6ffd0f.txt line 3752: "Occupancy Rate	96%	98%	98%"
const plan: AssessableObservation[] = [
  { period: '2006/07', measure: 'actual', value: 96 },
  { period: '2007/08', measure: 'estimate', value: 97 },
  { period: '2008/09', measure: 'target', value: 98 },
];

test('measures the gap from the latest estimate to the next year’s target, without a status', () => {
  const gap = gapToNextTarget(occupancy, plan);
  expect(gap).toMatchObject({
    from: { period: '2007/08', measure: 'estimate', value: 97 },
    target: { period: '2008/09', value: 98 },
    gap: 1,
    periods: 1,
    changePerPeriod: 1,
    likeForLike: false,
    rating: null,
  });
  expect(gap?.summary).toBe(
    'Gap to the 2008/09 target of 98%: a rise of 1 percentage point from the 2007/08 estimate of 97%, all of it in one year. Not a status: the figure and the target are for different periods.',
  );
});

test('spreads the change over the years to a later target', () => {
  const gap = gapToNextTarget(occupancy, [
    { period: '2006/07', measure: 'actual', value: 24.5 },
    { period: '2009/10', measure: 'target', value: 31 },
  ]);
  expect(gap?.periods).toBe(3);
  expect(gap?.changePerPeriod).toBeCloseTo(6.5 / 3);
  expect(gap?.summary).toContain('2.17 percentage points a year over 3 years');
});

test('gives a status only when the figure and the target are for the same period', () => {
  const gap = gapToNextTarget(occupancy, [
    { period: '2008/09', measure: 'actual', value: 99 },
    { period: '2008/09', measure: 'target', value: 98 },
  ]);
  expect(gap?.likeForLike).toBe(true);
  expect(gap?.rating?.status).toBe('green');
  expect(gap?.summary).not.toContain('Not a status');
});

test('says when the direction is unknown, and is null without a later target', () => {
  expect(gapToNextTarget({ ...occupancy, polarity: 'unknown' }, plan)?.summary).toContain(
    '(not known whether higher or lower is better)',
  );
  expect(gapToNextTarget(occupancy, plan.slice(0, 2))).toBeNull();
});

test('a month’s figure against a whole year’s target is not a gap to travel', () => {
  expect(
    gapToNextTarget({ ...occupancy, unit: { type: 'count' } }, [
      { period: '2012-05', measure: 'actual', value: 3 },
      { period: '2012/13', measure: 'target', value: 30 },
    ]),
  ).toBeNull();
});

import { expect, test } from 'vitest';
import { phaseTargets, type TargetProfileInput } from './profile';

const flat: TargetProfileInput = { shape: 'flat', source: 'assumed', reason: 'assumed: flat' };
const count = { type: 'count' };

test('a flat profile gives a single month a twelfth and a total since April its months so far', () => {
  const base = { profile: flat, yearTarget: 30, yearFloor: 20, lastYear: 25, unit: count };
  expect(phaseTargets({ ...base, period: '2012-05', basis: 'period' })).toMatchObject({
    target: 2.5,
    working: '30 × 1/12 = 2.5',
    label: 'assumed flat-profile target for May 2012',
  });
  const ytd = phaseTargets({ ...base, period: '2012-05', basis: 'ytd' });
  expect(ytd).toMatchObject({
    target: 5,
    label: 'assumed flat-profile target for April to May 2012',
  });
  expect(ytd?.floor).toBeCloseTo(20 / 6);
});

test('a straight line runs from last year’s outturn to the year’s target', () => {
  const phased = phaseTargets({
    profile: { shape: 'straight-line-from-last-year', source: 'paper', reason: 'printed' },
    period: '2012-05',
    basis: 'cumulative',
    yearTarget: 1350,
    yearFloor: 1275,
    lastYear: 1240,
    unit: count,
  });
  expect(phased?.target).toBeCloseTo(1258.33, 2);
  expect(phased?.floor).toBeCloseTo(1245.83, 2);
  // Printed in the paper, so not called an assumption.
  expect(phased?.label).toBe('straight-line target for May 2012');
});

test('nothing is phased for an unprinted profile, a rolling figure, a year or without last year', () => {
  const base = { yearTarget: 30, yearFloor: null, lastYear: null, unit: count };
  const notPrinted: TargetProfileInput = { shape: 'not-printed', source: 'paper', reason: 'x' };
  expect(
    phaseTargets({ ...base, profile: notPrinted, period: '2012-05', basis: 'period' }),
  ).toBeNull();
  expect(
    phaseTargets({ ...base, profile: flat, period: '2012-05', basis: 'rolling-12' }),
  ).toBeNull();
  expect(phaseTargets({ ...base, profile: flat, period: '2012/13', basis: 'period' })).toBeNull();
  expect(
    phaseTargets({
      ...base,
      profile: { shape: 'straight-line-from-last-year', source: 'assumed', reason: 'x' },
      period: '2012-05',
      basis: 'period',
    }),
  ).toBeNull();
});

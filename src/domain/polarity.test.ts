import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePerformance,
  describePolarity,
  isBetter,
  isJudgeable,
  isWorse,
  meets,
  oppositePolarity,
} from './polarity';
import type { PolarityKind } from './types';

const ALL: PolarityKind[] = [
  'higher-is-better',
  'lower-is-better',
  'within-range',
  'no-judgement',
  'unknown',
];

describe('polarity', () => {
  it.each<[number, number, PolarityKind, boolean, boolean]>([
    [5, 3, 'higher-is-better', true, false],
    [3, 5, 'higher-is-better', false, true],
    [3, 3, 'higher-is-better', false, false],
    [3, 5, 'lower-is-better', true, false],
    [5, 3, 'lower-is-better', false, true],
    [-1, 0, 'lower-is-better', true, false],
    [5, 3, 'no-judgement', false, false],
    [5, 3, 'unknown', false, false],
    [5, 3, 'within-range', false, false],
  ])('isBetter(%s, %s, %s) = %s, isWorse = %s', (a, b, polarity, better, worse) => {
    expect(isBetter(a, b, polarity)).toBe(better);
    expect(isWorse(a, b, polarity)).toBe(worse);
  });

  it('judges within-range by distance from the range', () => {
    const range = { low: 40, high: 60 };
    expect(isBetter(50, 70, 'within-range', range)).toBe(true);
    expect(isBetter(45, 55, 'within-range', range)).toBe(false);
    expect(comparePerformance(45, 55, 'within-range', range)).toBe(0);
    expect(isBetter(35, 30, 'within-range', range)).toBe(true);
    expect(isWorse(70, 35, 'within-range', range)).toBe(true);
    expect(comparePerformance(1, 2, 'within-range')).toBeNull();
  });

  it('meets is "at least as good as"', () => {
    expect(meets(80, 80, 'higher-is-better')).toBe(true);
    expect(meets(79, 80, 'higher-is-better')).toBe(false);
    expect(meets(79, 80, 'lower-is-better')).toBe(true);
    expect(meets(80, 80, 'unknown')).toBe(false);
  });

  it.each<[PolarityKind, string, boolean]>([
    ['higher-is-better', 'higher is better', true],
    ['lower-is-better', 'lower is better', true],
    ['within-range', 'within a range is best', true],
    ['no-judgement', 'no judgement of better or worse', false],
    ['unknown', 'not known whether higher or lower is better', false],
  ])('%s is described as %j', (polarity, words, judgeable) => {
    expect(describePolarity(polarity)).toBe(words);
    expect(isJudgeable(polarity)).toBe(judgeable);
  });

  it('mirrors higher and lower, and leaves the rest', () => {
    expect(ALL.map(oppositePolarity)).toEqual([
      'lower-is-better',
      'higher-is-better',
      'within-range',
      'no-judgement',
      'unknown',
    ]);
  });

  it('higher and lower are mirror images, and better is antisymmetric', () => {
    const n = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(n, n, (a, b) => {
        expect(isBetter(a, b, 'higher-is-better')).toBe(isBetter(b, a, 'lower-is-better'));
        expect(isBetter(a, b, 'higher-is-better')).toBe(isBetter(-a, -b, 'lower-is-better'));
        expect(isBetter(a, b, 'higher-is-better') && isBetter(b, a, 'higher-is-better')).toBe(
          false,
        );
        expect(isBetter(a, b, 'lower-is-better')).toBe(isWorse(b, a, 'lower-is-better'));
      }),
    );
  });
});

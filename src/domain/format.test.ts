import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDifference, formatShare, formatValue, NO_VALUE, type UnitInput } from './format';

describe('formatValue', () => {
  it.each<[number | null, UnitInput, string]>([
    [71, { type: 'percent' }, '71%'],
    [71.9, { type: 'percent' }, '71.9%'],
    [76.94, { type: 'percent', decimals: 1 }, '76.9%'],
    [80, { type: 'percent', decimals: 1 }, '80.0%'],
    [0.123, { type: 'percent' }, '0.12%'],
    [3_140_000, { type: 'currency' }, '£3.14m'],
    [3_100_000, { type: 'currency' }, '£3.1m'],
    [1_500_000_000, { type: 'currency' }, '£1.5bn'],
    [404_000, { type: 'currency' }, '£404,000'],
    [4713, { type: 'currency' }, '£4,713'],
    [12.5, { type: 'currency' }, '£12.50'],
    [0, { type: 'currency' }, '£0'],
    [-2_000_000, { type: 'currency' }, '-£2m'],
    [1281, { type: 'count' }, '1,281'],
    [523_000, { type: 'count' }, '523,000'],
    [7_000_000, { type: 'count' }, '7,000,000'],
    [58.5, { type: 'rate', per: 1000 }, '58.5 per 1,000'],
    [1178, { type: 'rate', per: 100_000 }, '1,178 per 100,000'],
    [3.2, { type: 'rate' }, '3.2'],
    [12, { type: 'days' }, '12 days'],
    [1, { type: 'days' }, '1 day'],
    [4.5, { type: 'weeks' }, '4.5 weeks'],
    [1, { type: 'weeks' }, '1 week'],
    [4, { type: 'band' }, 'band 4'],
    [2.5, { type: 'score' }, '2.5'],
    [1.25, { type: 'ratio' }, '1.25'],
    [-3, { type: 'percent' }, '-3%'],
    [-0.001, { type: 'count' }, '0'],
    [-0.004, { type: 'percent', decimals: 2 }, '0.00%'],
    [null, { type: 'percent' }, NO_VALUE],
    [Number.NaN, { type: 'count' }, NO_VALUE],
    [Number.POSITIVE_INFINITY, { type: 'count' }, NO_VALUE],
  ])('%s as %j → %s', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });

  it('never shows a bare minus zero and always shows digits for finite numbers', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.constantFrom(
          'percent',
          'count',
          'rate',
          'currency',
          'days',
          'weeks',
          'score',
          'band',
          'ratio',
          'text',
        ),
        (value, type) => {
          const text = formatValue(value, { type, per: 1000 });
          expect(text).toMatch(/\d/);
          expect(text.startsWith('-0') && !/[1-9]/.test(text)).toBe(false);
        },
      ),
    );
  });
});

describe('formatDifference and formatShare', () => {
  it.each<[number, UnitInput, string]>([
    [2.1, { type: 'percent' }, '2.1 percentage points'],
    [-1, { type: 'percent' }, '1 percentage point'],
    [200_000, { type: 'currency' }, '£200,000'],
    [3, { type: 'days' }, '3 days'],
    [1, { type: 'band' }, '1 band'],
    [2, { type: 'band' }, '2 bands'],
    [-12, { type: 'count' }, '12'],
  ])('%s %j → %s', (difference, unit, text) => {
    expect(formatDifference(difference, unit)).toBe(text);
  });

  it('formats shares as whole percentages', () => {
    expect(formatShare(0.755)).toBe('76%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(0)).toBe('0%');
  });
});

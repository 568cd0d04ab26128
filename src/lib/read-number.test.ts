import { describe, expect, test } from 'vitest';
import { readNumber, type NumberLocale } from './read-number';

const value = (text: string, locale?: NumberLocale) => {
  const reading = readNumber(text, locale);
  return reading.ok ? reading.value : null;
};

describe('with a decimal point (the UK default)', () => {
  test.each([
    ['71.5', 71.5],
    ['1,281', 1281],
    ['16,935', 16935],
    ['1,234,567.25', 1234567.25],
    ['71%', 71],
    ['£3.2', 3.2],
    ['-4', -4],
    ['.5', 0.5],
    ['1 281', 1281],
    ['1e3', 1000],
  ])('"%s" reads as %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  // Each of these was silently multiplied before: "70,5" became 705, "1,5" became 15.
  test.each(['70,5', '0,5', '1,5', '1.234,5', '12,34', ',5'])(
    '"%s" is refused as a decimal comma, not read as a bigger number',
    (text) => {
      const reading = readNumber(text);
      expect(reading.ok).toBe(false);
      expect(reading.ok ? '' : reading.problem).toMatch(/looks like a decimal comma/);
    },
  );

  test.each(['abc', '12..4', '1,2,3', '1,23,456', '--4'])('"%s" is not a number', (text) => {
    expect(readNumber(text)).toEqual({ ok: false, problem: `"${text}" is not a number` });
  });
});

describe('with a decimal comma (a file that declares it)', () => {
  test.each([
    ['70,5', 70.5],
    ['0,5', 0.5],
    ['1.234,5', 1234.5],
    ['1.234', 1234],
    ['1,234', 1.234],
    ['-3,25%', -3.25],
  ])('"%s" reads as %s', (text, expected) => {
    expect(value(text, 'comma')).toBe(expected);
  });

  test('"70.5" is refused as a decimal point', () => {
    const reading = readNumber('70.5', 'comma');
    expect(reading.ok ? '' : reading.problem).toMatch(/looks like a decimal point/);
  });
});

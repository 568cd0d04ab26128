import { expect, test } from 'vitest';
import { formatChangedAt, formatChangedOn, formatUpdatedAt } from './format-time';

test('a change reads as its day, or its day and time, in words', () => {
  // Noon UTC is the same day in every time zone people run Ragstone in.
  expect(formatChangedOn('2012-06-03T12:00:00Z')).toBe('3 June 2012');
  expect(formatChangedAt('2012-06-03T12:00:00Z')).toMatch(/^3 June 2012(,| at) \d\d:00$/);
});

test('figures updated today show only the time', () => {
  const now = new Date(2012, 5, 3, 15, 0).getTime();
  expect(formatUpdatedAt(new Date(2012, 5, 3, 14, 2).getTime(), now)).toBe('14:02');
  expect(formatUpdatedAt(new Date(2012, 5, 1, 14, 2).getTime(), now)).toBe('1 June at 14:02');
});

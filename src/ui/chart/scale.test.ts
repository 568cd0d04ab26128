import { expect, test } from 'vitest';
import { fitText, labelInterval, linearScale, niceScale, tickLabelWidth } from './scale';

test('a nice scale widens to whole steps and lists its ticks', () => {
  expect(niceScale(0, 76, 4)).toEqual({ domain: [0, 80], ticks: [0, 20, 40, 60, 80] });
  expect(niceScale(0, 0.3, 3).ticks).toEqual([0, 0.1, 0.2, 0.3]);
  expect(niceScale(-12, 30, 4).domain).toEqual([-20, 40]);
});

test('a y scale runs downwards from the bottom of the plot', () => {
  const y = linearScale([0, 100], [300, 0]);
  expect(y(0)).toBe(300);
  expect(y(25)).toBe(225);
});

test('long names are shortened with an ellipsis to their column, short ones kept', () => {
  expect(fitText('Essex', 100, 12)).toBe('Essex');
  const cut = fitText('Wessex (youth offending team)', 100, 12);
  expect(cut.endsWith('\u2026')).toBe(true);
  expect(cut.length).toBeLessThanOrEqual(14);
});

test('sixty months on a narrow axis are labelled every few months, not all at once', () => {
  expect(labelInterval(60, 280, 56)).toBeGreaterThanOrEqual(13);
  expect(labelInterval(3, 800, 56)).toBe(1);
});

test('the value axis is as wide as its widest tick label, and never narrower than 24 pixels', () => {
  const percent = (value: number) => `${String(value)}%`;
  // '100%' is four characters of 12 px at 0.6 em each.
  expect(tickLabelWidth([0, 50, 100], percent, 12)).toBe(29);
  expect(tickLabelWidth([0, 5], String, 12)).toBe(24);
});

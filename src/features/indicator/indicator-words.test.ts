import {
  areaLead,
  chartCaption,
  indicatorOverline,
  otherAreaCount,
  otherAreasSentence,
} from './indicator-words';

test('the header names the framework codes, or says the indicator is local, and another area by name', () => {
  expect(indicatorOverline([])).toBe('Local indicator');
  expect(indicatorOverline([{ framework: 'NI', code: '130' }])).toMatch(/130/);
  expect(areaLead(undefined)).toBeUndefined();
  expect(areaLead('Medway')).toBe('Figures for Medway.');
});

test('the chart’s caption says when polarity is unknown and what is off the chart, then where every figure is', () => {
  expect(chartCaption('higher-is-better', null)).toBe(
    ' The table view lists every figure with its source.',
  );
  expect(chartCaption('unknown', 'Two figures are off the chart.')).toBe(
    'Polarity unknown: the papers do not say whether higher or lower is better. Two figures are off the chart. The table view lists every figure with its source.',
  );
});

test('other areas do not count this authority, and one area is singular', () => {
  expect(otherAreaCount(3, true)).toBe(2);
  expect(otherAreaCount(3, false)).toBe(3);
  expect(otherAreasSentence(1)).toBe(
    'The papers give figures for 1 other area (authorities, districts, teams or averages) on this measure.',
  );
  expect(otherAreasSentence(4)).toMatch(/^The papers give figures for 4 other areas \(/);
});

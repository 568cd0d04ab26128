import { describe, expect, test } from 'vitest';
import { formatRowError, guessMapping, parseCsv, readFigures, readValue } from './csv-import';

const known = (name: string) =>
  name.toLowerCase() === 'kent' ? { id: 'kent', name: 'Kent County Council' } : null;

describe('readValue', () => {
  test.each([
    ['71.5', 71.5],
    ['1,281', 1281],
    ['71%', 71],
    ['£3.2', 3.2],
    ['-4', -4],
    ['abc', null],
    ['12..4', null],
    ['', null],
  ])('"%s" reads as %s', (text, expected) => {
    expect(readValue(text)).toBe(expected);
  });
});

test('a wide (LG Inform style) file gives one figure per area and period column', () => {
  const parsed = parseCsv(
    '\uFEFFArea code,Area name,2009/10,2010/11\nE1,Kent,70,71.5\nE2,Essex,n/a,68\n',
  );
  const mapping = guessMapping(parsed);
  expect(mapping).toMatchObject({ layout: 'wide', areaColumn: 1 });
  const result = readFigures(parsed, mapping, known);
  expect(result.errors).toEqual([]);
  expect(result.skipped).toBe(1);
  expect(result.figures.map((f) => [f.areaId, f.period, f.value, f.row])).toEqual([
    ['kent', '2009/10', 70, 2],
    ['kent', '2010/11', 71.5, 2],
    ['imported-essex', '2010/11', 68, 3],
  ]);
});

test('a long file is read with its period and value columns and reports bad rows by spreadsheet row', () => {
  const parsed = parseCsv(
    'area,period,value\nKent,May 2012,67\nEssex,someday,60\nSurrey,2012-05,lots\n',
  );
  const mapping = guessMapping(parsed);
  expect(mapping).toEqual({ layout: 'long', areaColumn: 0, periodColumn: 1, valueColumn: 2 });
  const result = readFigures(parsed, mapping, known);
  expect(result.figures).toHaveLength(1);
  expect(result.figures[0]).toMatchObject({ areaId: 'kent', period: '2012-05', value: 67 });
  expect(result.errors.map(formatRowError)).toEqual([
    'Row 3: period "someday" is not a period (for example 2010/11, 2012-05 or May 2012)',
    'Row 4: value "lots" is not a number (Surrey, May 2012)',
  ]);
});

test('a wide file with no period headings says so instead of importing nothing silently', () => {
  const parsed = parseCsv('Area,Score\nKent,1\n');
  const result = readFigures(parsed, { layout: 'wide', areaColumn: 0 }, known);
  expect(result.errors.map(formatRowError)).toEqual([
    'Row 1: no column heading reads as a period (for example 2010/11 or Mar 2012)',
  ]);
});

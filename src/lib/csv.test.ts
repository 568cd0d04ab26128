import { describe, expect, it } from 'vitest';
import { toCsv, UTF8_BOM } from './csv';
import { csvFileName } from './export-file-name';

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
    expect(toCsv(['A', 'B'], [['1', '2']])).toBe(`${UTF8_BOM}A,B\r\n1,2\r\n`);
  });

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['£3.14m – up', '£3.14m – up'],
    ['', ''],
  ])('quotes %j as %j', (cell, expected) => {
    expect(toCsv(['x'], [[cell]])).toBe(`${UTF8_BOM}x\r\n${expected}\r\n`);
  });

  it('writes numbers unformatted and missing values as empty fields', () => {
    expect(toCsv(['a', 'b', 'c', 'd', 'e'], [[1281.5, 0.71, null, undefined, Number.NaN]])).toBe(
      `${UTF8_BOM}a,b,c,d,e\r\n1281.5,0.71,,,\r\n`,
    );
  });

  it('writes only the header when there are no rows', () => {
    expect(toCsv(['Indicator'], [])).toBe(`${UTF8_BOM}Indicator\r\n`);
  });
});

describe('csvFileName', () => {
  it('joins slugged parts and skips missing ones', () => {
    expect(csvFileName(['ragstone', 'kent', 'Customer & Communities', undefined, '2012-05'])).toBe(
      'ragstone-kent-customer-and-communities-2012-05.csv',
    );
  });

  it('slugs period ids with slashes and spaces', () => {
    expect(csvFileName(['ragstone', 'kent', '2012/13 Q1'])).toBe('ragstone-kent-2012-13-q1.csv');
  });
});

describe('formula cells', () => {
  it('neutralises a cell that would run as a formula, and keeps negative numbers as numbers', () => {
    expect(
      toCsv(
        ['Area', 'Figure'],
        [
          ['=HYPERLINK("http://x")', -3.5],
          ['-1+1', '-2'],
        ],
      ),
    ).toBe(`${UTF8_BOM}Area,Figure\r\n"'=HYPERLINK(""http://x"")",-3.5\r\n'-1+1,-2\r\n`);
  });
});

import { describe, expect, test } from 'vitest';
import { safeSpreadsheetCell } from './spreadsheet-safety';

describe('safeSpreadsheetCell', () => {
  test.each([
    ['=HYPERLINK("http://evil.example","Click")', `'=HYPERLINK("http://evil.example","Click")`],
    ['+cmd|" /C calc"!A0', `'+cmd|" /C calc"!A0`],
    ['-1+1', `'-1+1`],
    ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['-', `'-`],
    ['+', `'+`],
    ['- not a number', `'- not a number`],
  ])('neutralises %j as a text cell', (cell, expected) => {
    expect(safeSpreadsheetCell(cell)).toBe(expected);
  });

  test.each([
    ['-12.5'],
    ['-3'],
    ['+4'],
    ['-0.25'],
    ['-1e3'],
    ['Kent'],
    ['3='],
    ['a=b'],
    [''],
    ['£3.14m – up'],
  ])('leaves %j as it is (a number or harmless text)', (cell) => {
    expect(safeSpreadsheetCell(cell)).toBe(cell);
  });

  test('numbers, including negative ones, stay numbers', () => {
    expect(safeSpreadsheetCell(-12.5)).toBe(-12.5);
    expect(safeSpreadsheetCell(0)).toBe(0);
    expect(safeSpreadsheetCell(null)).toBeNull();
    expect(safeSpreadsheetCell(undefined)).toBeUndefined();
  });
});

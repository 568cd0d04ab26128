import { expect, test } from 'vitest';
import { checkWidths, parseTable } from './parse-table';

test('rows keep the numbers the file gives them after blank lines', () => {
  const table = parseTable('area,value\n\nKent,1\n\n\nEssex,2\n');
  expect(table.rows.map((r) => [r.row, r.cells[0]])).toEqual([
    [1, 'area'],
    [3, 'Kent'],
    [6, 'Essex'],
  ]);
});

test('an unclosed quote is reported on its row and the rows after it are still read', () => {
  const table = parseTable('area,value\nKent,1\n"Essex,2\nSurrey,3\nDevon,4\n');
  expect(table.problems.map((p) => p.row)).toEqual([3]);
  expect(table.problems[0]?.message).toMatch(/quote opens a cell and is never closed/);
  expect(table.rows.map((r) => [r.row, r.cells[0]])).toEqual([
    [1, 'area'],
    [2, 'Kent'],
    [4, 'Surrey'],
    [5, 'Devon'],
  ]);
});

test('short and long rows are reported by row and left out', () => {
  const table = parseTable(
    'area,period,value\nKent,2010,1\nEssex,2010\nSurrey,2010,3,4\nDevon,2010,5,,\n',
  );
  const [, ...data] = table.rows;
  const checked = checkWidths(data, 3);
  expect(checked.rows.map((r) => r.cells)).toEqual([
    ['Kent', '2010', '1'],
    ['Devon', '2010', '5'],
  ]);
  expect(checked.problems.map((p) => p.row)).toEqual([3, 4]);
  expect(checked.problems[0]?.message).toMatch(/^the row has 2 cells but the heading has 3/);
  expect(checked.problems[1]?.message).toMatch(/^the row has 4 cells but the heading has 3/);
});

test('a semicolon-separated file is read with its own delimiter', () => {
  expect(parseTable('area;value\nKent;70,5\n').rows[1]?.cells).toEqual(['Kent', '70,5']);
});

// Found by the fuzzer: the unclosed quote on row 2 was closed by the quote on row 3, swallowing it.
test('a quote that a later row closes does not swallow that row', () => {
  const table = parseTable('area,period,value\n"Unclosed,2019/20,1\nEssex,2019/20,"1,000"\n');
  expect(table.problems.map((p) => p.row)).toEqual([2]);
  expect(table.rows.map((r) => [r.row, r.cells])).toEqual([
    [1, ['area', 'period', 'value']],
    [3, ['Essex', '2019/20', '1,000']],
  ]);
});

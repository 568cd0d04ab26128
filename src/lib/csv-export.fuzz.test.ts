/**
 * Fuzzes the CSV writer every export uses with hostile and careless cells: formula payloads,
 * quotes, line breaks, tabs, byte-order marks, huge and negative numbers. Every file must read
 * back (RFC 4180) to exactly the cells written, with any cell a spreadsheet would run as a formula
 * neutralised and every number still a number.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { FUZZ_RUNS, fuzzTimeout } from '@test/fuzz-config';
import { toCsv, UTF8_BOM, type CsvCell } from './csv';
import { safeSpreadsheetCell } from './spreadsheet-safety';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

const hostile = fc
  .tuple(
    fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', "'", UTF8_BOM, ''),
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom(
        'HYPERLINK("http://evil.example","Click")',
        'cmd|" /C calc"!A0',
        '1+1',
        'SUM(A1:A9)',
        '12.5',
        '3',
      ),
    ),
  )
  .map(([start, rest]) => `${start}${rest}`);

const cell: fc.Arbitrary<CsvCell> = fc.oneof(
  hostile,
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.constantFrom(null, undefined, Number.NaN, Number.POSITIVE_INFINITY),
);

const HEADERS = ['A', 'B', 'C', 'D'];
const table = fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { maxLength: 12 });

function expectedText(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return safeSpreadsheetCell(value);
}

test(
  'every exported CSV reads back cell for cell, with no live formula and numbers kept as numbers',
  () => {
    fc.assert(
      fc.property(table, (rows) => {
        const text = toCsv(HEADERS, rows);
        expect(text.startsWith(UTF8_BOM)).toBe(true);
        const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ',', newline: '\r\n' });
        expect(parsed.errors).toEqual([]);
        // Papa reads the final CRLF as an empty last line.
        const records = parsed.data.slice(0, -1);
        expect(records).toHaveLength(rows.length + 1);
        records.slice(1).forEach((record, r) => {
          const written = rows[r] ?? [];
          expect(record).toEqual(written.map(expectedText));
          record.forEach((text, c) => {
            const original = written[c];
            if (typeof original === 'number' && Number.isFinite(original)) {
              expect(Number(text)).toBe(original === 0 ? 0 : original);
            } else if (FORMULA_START.test(text)) {
              // Only plain numbers (a spreadsheet reads them as numbers) may start so.
              expect(text).toMatch(PLAIN_NUMBER);
            }
          });
        });
      }),
      { numRuns: FUZZ_RUNS, seed: 20_260_101 },
    );
  },
  fuzzTimeout(2),
);

test(
  'neutralising is stable: a neutralised cell is left as it is the second time',
  () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: 'binary' })), (text) => {
        const once = safeSpreadsheetCell(text);
        expect(safeSpreadsheetCell(once)).toBe(once);
      }),
      { numRuns: FUZZ_RUNS, seed: 20_260_102 },
    );
  },
  fuzzTimeout(1),
);

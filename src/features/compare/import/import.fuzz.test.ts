/**
 * Fuzzing the benchmark import (issue 14): deterministic seeds, FUZZ_RUNS cases (a few dozen by
 * default in `npm test`; `npm run fuzz` runs thousands). Asserts that nothing crashes, that every
 * rejected row is named by the row the file numbers, and that no valid record is lost because a
 * neighbour was bad.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { createAreaMatcher } from './match-area';
import { analyseFile, defaultChoices, readFileFigures } from './read-file';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const match = createAreaMatcher([]);

type Line =
  | { kind: 'valid'; value: number; text: string }
  | { kind: 'bad'; text: string }
  | { kind: 'blank' };

const validValue = fc.oneof(
  fc.integer({ min: -99_999, max: 9_999_999 }).map((n) => ({ value: n, text: String(n) })),
  fc.integer({ min: 1000, max: 9_999_999 }).map((n) => ({
    value: n,
    text: `"${n.toLocaleString('en-GB')}"`,
  })),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }))
    .map(([whole, cents]) => {
      const text = `${whole}.${String(cents).padStart(2, '0')}`;
      return { value: Number(text), text };
    }),
);

const badLine = fc.constantFrom(
  'Bad,2019/20,abc',
  'Bad,2019/20,12..4',
  'Bad,2019/20,"70,5"',
  'Bad,2019/20,"1.234,5"',
  '"Unclosed,2019/20,1',
  'Short,2019/20',
  'Long,2019/20,1,2',
  ',2019/20,5',
);

const line: fc.Arbitrary<Line> = fc.oneof(
  { weight: 6, arbitrary: validValue.map((v) => ({ kind: 'valid' as const, ...v })) },
  { weight: 2, arbitrary: badLine.map((text) => ({ kind: 'bad' as const, text })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'blank' as const }) },
);

test('valid rows survive bad neighbours, and every bad row is reported by its own row number', () => {
  fc.assert(
    fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
      const texts = lines.map((l, i) =>
        l.kind === 'valid' ? `Area ${i},2019/20,${l.text}` : l.kind === 'bad' ? l.text : '',
      );
      const analysis = analyseFile(['area,period,value', ...texts].join('\n'));
      const reading = readFileFigures(analysis, defaultChoices(analysis), match);
      const found = new Map(reading.figures.map((f) => [f.row, f]));
      lines.forEach((l, i) => {
        const row = i + 2;
        if (l.kind === 'valid') {
          expect(found.get(row)).toMatchObject({ name: `Area ${i}`, value: l.value });
        } else if (l.kind === 'bad') {
          expect(found.has(row)).toBe(false);
          expect(reading.problems.some((p) => p.row === row)).toBe(true);
        }
      });
      expect(reading.figures).toHaveLength(lines.filter((l) => l.kind === 'valid').length);
    }),
    { seed: 14, numRuns: RUNS },
  );
}, 60_000);

test('any text at all is read without a crash, and every problem names a row of the file', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.oneof(
          fc.string({ maxLength: 30 }),
          fc.constantFrom(
            '"',
            ',',
            '\n',
            '\r\n',
            ';',
            '\t',
            'E10000016',
            'fq_Q1_2010_11',
            '201819',
          ),
        ),
        { maxLength: 80 },
      ),
      (parts) => {
        const text = parts.join('');
        const analysis = analyseFile(text);
        const choices = { ...defaultChoices(analysis), measure: analysis.measures[0] };
        const reading = readFileFigures(analysis, choices, match);
        const lines = text.split('\n').length;
        for (const problem of reading.problems) {
          expect(problem.row).toBeGreaterThanOrEqual(1);
          expect(problem.row).toBeLessThanOrEqual(lines);
          expect(problem.message.length).toBeGreaterThan(0);
        }
        for (const figure of reading.figures) expect(Number.isFinite(figure.value)).toBe(true);
      },
    ),
    { seed: 1114, numRuns: RUNS * 5 },
  );
}, 60_000);

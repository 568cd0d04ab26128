import { expect, test } from 'vitest';
import {
  describeAreas,
  describeDuplicate,
  describeOutcome,
  describePeriods,
  describeReferences,
  emptyFileMessage,
  failureMessage,
  importedMessage,
  progressLabels,
  unreadableMessage,
} from './import-wording';
import type { ImportedFigure } from './read-file';

const f = (
  areaId: string,
  areaType: ImportedFigure['areaType'],
  period = '2010/11 Q1',
  isReference = false,
): ImportedFigure => ({
  areaId,
  name: areaId,
  areaType,
  isReference,
  period,
  value: 1,
  printed: '1',
  row: 2,
});

test('areas are counted by kind, references named apart', () => {
  const figures = [
    f('kent', 'county'),
    f('kent', 'county', '2010/11 Q2'),
    f('medway', 'unitary'),
    f('England', 'country', '2010/11 Q1', true),
  ];
  expect(describeAreas(figures)).toBe('1 county and 1 unitary authority');
  expect(describeReferences(figures)).toBe('England: reference lines, never ranked');
  expect(describeReferences([f('kent', 'county')])).toBeNull();
});

test('periods read as a span with a count', () => {
  expect(
    describePeriods([
      f('a', 'county', '2010/11 Q1'),
      f('a', 'county', '2022/23 Q1'),
      f('a', 'county', '2011/12 Q3'),
    ]),
  ).toBe('Q1 2010/11 to Q1 2022/23 (3 periods)');
  expect(describePeriods([])).toBe('none');
});

test('the outcome says what is imported, skipped and left out', () => {
  expect(
    describeOutcome({
      figureCount: 1,
      problems: [{ row: 4, message: 'x' }],
      skipped: 2,
      duplicates: [],
      unmatched: [],
      otherAggregates: 0,
    }),
  ).toBe(
    '1 figure to import; 2 empty or suppressed cells skipped; 1 problem (listed below; those rows are left out).',
  );
});

test('each duplicate says which row is used', () => {
  const duplicate = { areaId: 'kent', name: 'Kent', period: '2019', rows: [3, 9] };
  expect(describeDuplicate(duplicate, 'first')).toBe('Kent, 2019: rows 3 and 9; row 3 is used');
  expect(describeDuplicate(duplicate, 'last')).toBe('Kent, 2019: rows 3 and 9; row 9 is used');
  expect(describeDuplicate(duplicate, 'leave-out')).toBe(
    'Kent, 2019: rows 3 and 9; neither is used',
  );
});

test('the import’s progress and outcome name the file and count the figures', () => {
  expect(progressLabels.reading('lginform.csv')).toBe('Reading lginform.csv');
  expect(progressLabels.recognising('lginform.csv')).toBe('Recognising the layout of lginform.csv');
  expect(progressLabels.importing(1234)).toBe('Importing 1,234 figures');
  expect(importedMessage(1, 'one.csv')).toBe(
    'Imported 1 figure from one.csv. Choose a group “in one.csv” under “Compare with” to compare on the file’s own figures.',
  );
  expect(emptyFileMessage('blank.csv')).toBe('blank.csv is empty.');
  expect(unreadableMessage('bad.csv', new Error('no header row'))).toBe('bad.csv: no header row');
  expect(unreadableMessage('bad.csv', 'oops')).toBe('bad.csv: could not be read as text.');
  expect(failureMessage(new Error('worker stopped'))).toBe('worker stopped');
  expect(failureMessage('worker stopped')).toBe('worker stopped');
});

import { commitButtonText, commitLegend, committedSummary } from './template-import-words';

test('the commit says how many rows it imports, one row or many', () => {
  expect(commitLegend(1)).toBe('Import the 1 ready row as one batch');
  expect(commitLegend(0)).toBe('Import the 0 ready rows as one batch');
  expect(commitButtonText(1)).toBe('Import 1 row');
  expect(commitButtonText(12)).toBe('Import 12 rows');
});

test('the committed batch says what it wrote and how', () => {
  expect(
    committedSummary({ fileName: 'june.csv', actuals: 1, mode: 'draft', definitions: 0 }),
  ).toBe('Imported june.csv as one batch: 1 figure saved as drafts.');
  expect(
    committedSummary({ fileName: 'q1.xlsx', actuals: 3, mode: 'submitted', definitions: 2 }),
  ).toBe('Imported q1.xlsx as one batch: 3 figures submitted for approval, 2 definition changes.');
});

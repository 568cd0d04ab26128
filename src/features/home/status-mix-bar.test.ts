import { expect, test } from 'vitest';
import type { StatusCounts } from '@/data/api/contract';
import { mixBarParts } from './status-mix-bar';

const counts = (
  parts: Pick<StatusCounts, 'red' | 'amber' | 'green' | 'notRated'>,
): StatusCounts => ({
  ...parts,
  total: parts.red + parts.amber + parts.green + parts.notRated,
  improving: 0,
  worsening: 0,
  noChange: 0,
  redAndWorsening: 0,
  redYearToDateOnly: 0,
  missingData: 0,
});

test('the bar is the counts to scale, red first, each part after the last, empty statuses left out', () => {
  expect(mixBarParts(counts({ red: 3, amber: 0, green: 5, notRated: 2 }))).toEqual([
    { key: 'red', status: 'red', x: 0, width: 3 },
    { key: 'green', status: 'green', x: 3, width: 5 },
    { key: 'notRated', status: 'not-rated', x: 8, width: 2 },
  ]);
});

test('nothing is drawn when there is nothing to count', () => {
  expect(mixBarParts(counts({ red: 0, amber: 0, green: 0, notRated: 0 }))).toEqual([]);
});

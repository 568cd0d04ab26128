import type { IndicatorRow } from '@/data/api/contract';
import type { RagStatus } from '@/domain/types';
import {
  changesSentence,
  countChanges,
  changeWords,
  currentStructure,
  dataDateSentence,
  formatIsoDate,
  needsAttention,
  previousOf,
  statusChanges,
} from './home-words';

function row(
  id: string,
  status: RagStatus,
  direction: 'improving' | 'worsening' | 'no-change' = 'no-change',
): IndicatorRow {
  return {
    indicator: { id, title: `Indicator ${id}` },
    latestRating: { status, reason: `${status}: reason` },
    forecastRating: null,
    direction: { direction, reason: '' },
  } as unknown as IndicatorRow;
}

test('the data date reads as a sentence, from the period and the manifest', () => {
  expect(dataDateSentence('2012-05', '2012-07-06')).toBe(
    'Figures as at May 2012, published 6 July 2012.',
  );
  expect(dataDateSentence(undefined, '2012-07-06')).toBe('Published 6 July 2012.');
  expect(dataDateSentence('2011/12', undefined)).toBe('Figures as at 2011/12.');
  expect(dataDateSentence(undefined, undefined)).toBe('');
  expect(formatIsoDate('not a date')).toBe('not a date');
});

test('the current structure is the one that applies from the latest date', () => {
  const structures = [
    { id: 'kcc-2008', name: '2008', asAt: '2008-04-14', nodes: [] },
    { id: 'cc-2012', name: '2012', asAt: '2012-06-20', nodes: [] },
  ];
  expect(currentStructure(structures)?.id).toBe('cc-2012');
  expect(currentStructure([])).toBeUndefined();
});

test('the previous period is the latest one before the figures', () => {
  expect(previousOf(['2011/12', '2012-04', '2012-05'], '2012-05')).toBe('2012-04');
  expect(previousOf(['2012-05'], '2012-05')).toBeUndefined();
  expect(previousOf(['2012-04'], undefined)).toBeUndefined();
});

test('status changes are found by indicator, worse first, and told in a sentence', () => {
  const before = [row('a', 'green'), row('b', 'red'), row('c', 'not-rated'), row('d', 'amber')];
  const now = [
    row('a', 'red'),
    row('b', 'amber'),
    row('c', 'green'),
    row('d', 'amber'),
    row('e', 'red'),
  ];
  const changes = statusChanges(before, now);
  expect(changes.map((change) => [change.row.indicator.id, change.kind])).toEqual([
    ['a', 'worse'],
    ['b', 'better'],
    ['c', 'newly-rated'],
  ]);
  expect(changeWords(changes[0] ?? { from: 'green', to: 'green' })).toBe('Green to Red');
  expect(changesSentence(countChanges(changes), '2012-04')).toBe(
    'Since April 2012, 1 indicator got worse and 1 indicator improved; 1 indicator was rated for the first time.',
  );
  expect(changesSentence(countChanges([]), '2012-04')).toBe(
    'Since April 2012, no indicator changed status.',
  );
  expect(changesSentence(countChanges(changes.slice(2)), '2012-04')).toBe(
    'Since April 2012, 1 indicator was rated for the first time.',
  );
});

test('attention goes to red and worsening first, then red, then amber and worsening', () => {
  const rows = [
    row('green', 'green', 'worsening'),
    row('red', 'red'),
    row('amber-worse', 'amber', 'worsening'),
    row('red-worse', 'red', 'worsening'),
    row('amber', 'amber'),
  ];
  expect(needsAttention(rows).map((entry) => entry.indicator.id)).toEqual([
    'red-worse',
    'red',
    'amber-worse',
  ]);
});

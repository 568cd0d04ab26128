import type { IndicatorRow } from '@/data/api/contract';
import { KENT_2008 as structure } from '@test/structure-fixtures';
import type { RagStatus } from '@/domain/types';
import {
  countsWords,
  FOLD_ABOVE_ROWS,
  foldByDirectorate,
  parseOpen,
  shouldFold,
  toggleOpen,
} from './fold-groups';

function row(id: string, owner: string | null, status: RagStatus): IndicatorRow {
  return {
    indicator: { id, title: id, owners: owner ? [{ nodeId: owner, role: 'lead' }] : [] },
    latestRating: { status, reason: '' },
    forecastRating: null,
    direction: { direction: 'no-change', reason: '' },
    latest: null,
  } as unknown as IndicatorRow;
}

test('rows fold by directorate, then by unit with its path below the directorate, in the structure’s order', () => {
  const folds = foldByDirectorate(
    [
      row('a', 'cfe', 'green'),
      row('b', 'kass-east-op', 'red'),
      row('c', 'kass', 'amber'),
      row('d', 'kass-east-op', 'green'),
      row('e', null, 'not-rated'),
    ],
    structure,
  );
  expect(folds.map((fold) => [fold.id, fold.counts.total])).toEqual([
    ['kass', 3],
    ['cfe', 1],
    ['unassigned', 1],
  ]);
  expect(folds[0]?.units.map((unit) => [unit.id, unit.name, unit.rows.length])).toEqual([
    ['kass', 'Adult Social Services', 1],
    ['kass-east-op', 'East Kent › Older People', 2],
  ]);
  const [adults] = folds;
  if (!adults) throw new Error('no folds');
  expect(countsWords(adults.counts)).toBe('3 indicators: 1 Red, 1 Amber, 1 Green');
});

test('only a long list with more than one fold is folded', () => {
  const many = Array.from({ length: FOLD_ABOVE_ROWS + 1 }, (_, index) =>
    row(`r${index}`, index % 2 ? 'cfe' : 'kass', 'green'),
  );
  expect(shouldFold(many.length, foldByDirectorate(many, structure))).toBe(true);
  const few = many.slice(0, FOLD_ABOVE_ROWS);
  expect(shouldFold(few.length, foldByDirectorate(few, structure))).toBe(false);
  const oneUnit = many.map((entry) => ({
    ...entry,
    indicator: { ...entry.indicator, owners: [{ nodeId: 'cfe', role: 'lead' as const }] },
  }));
  expect(shouldFold(oneUnit.length, foldByDirectorate(oneUnit, structure))).toBe(false);
});

test('the open folds round-trip through the address', () => {
  expect([...parseOpen(' kass, ,cfe ')]).toEqual(['kass', 'cfe']);
  expect(toggleOpen(undefined, 'kass', true)).toBe('kass');
  expect(toggleOpen('kass', 'cfe', true)).toBe('kass,cfe');
  expect(toggleOpen('kass,cfe', 'kass', false)).toBe('cfe');
  expect(toggleOpen('cfe', 'cfe', false)).toBeUndefined();
  expect(toggleOpen('cfe', 'cfe', true)).toBe('cfe');
});

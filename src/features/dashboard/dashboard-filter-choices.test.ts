import type { Structure } from '@/data/contract/dataset-schema';
import {
  clearedDashboardSearch,
  hasDashboardFilters,
  nodeDepth,
  nodeIndent,
  searchTextParam,
} from './dashboard-filter-choices';

const structure: Structure = {
  id: 'kcc-2008',
  name: 'Kent 2008',
  asAt: '2008-04-14',
  nodes: [
    { id: 'kcc', name: 'Kent County Council', kind: 'authority', parentId: null },
    { id: 'kass', name: 'Adult Social Services', kind: 'directorate', parentId: 'kcc' },
    { id: 'kass-east', name: 'East Kent', kind: 'division', parentId: 'kass' },
    { id: 'kass-east-op', name: 'Older People', kind: 'unit', parentId: 'kass-east' },
  ],
};

test('words of only spaces are no search; other words go to the address as typed', () => {
  expect(searchTextParam('   ')).toBeUndefined();
  expect(searchTextParam('')).toBeUndefined();
  expect(searchTextParam(' NI 125 ')).toBe(' NI 125 ');
});

test('the structure alone is not a filter, and clearing keeps it', () => {
  expect(hasDashboardFilters({ structure: 'kcc-2008' })).toBe(false);
  expect(hasDashboardFilters({ q: '' })).toBe(false);
  expect(hasDashboardFilters({ q: 'care' })).toBe(true);
  expect(hasDashboardFilters({ period: '2012-05' })).toBe(true);
  expect(hasDashboardFilters({ status: 'red' })).toBe(true);
  expect(clearedDashboardSearch({ structure: 'kcc-2008', status: 'red', q: 'care' })).toEqual({
    structure: 'kcc-2008',
  });
  expect(clearedDashboardSearch({ status: 'red' })).toEqual({});
});

test('a unit is indented two spaces a level below the directorates', () => {
  expect(nodeDepth(structure, 'kcc')).toBe(0);
  expect(nodeDepth(structure, 'kass-east-op')).toBe(3);
  expect(nodeDepth(undefined, 'kass')).toBe(0);
  expect(nodeIndent(structure, 'kass')).toBe('');
  expect(nodeIndent(structure, 'kass-east-op')).toBe('\u00a0\u00a0\u00a0\u00a0');
});

import { KENT_2008 as structure } from '@test/structure-fixtures';
import {
  clearedDashboardSearch,
  hasDashboardFilters,
  nodeDepth,
  nodeIndent,
  searchTextParam,
} from './dashboard-filter-choices';

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

test('a unit is indented two spaces a level below the top of its structure', () => {
  expect(nodeDepth(structure, 'kass')).toBe(0);
  expect(nodeDepth(structure, 'kass-east-op')).toBe(2);
  expect(nodeDepth(undefined, 'kass-east-op')).toBe(0);
  expect(nodeIndent(structure, 'kass')).toBe('');
  expect(nodeIndent(structure, 'kass-east')).toBe('');
  expect(nodeIndent(structure, 'kass-east-op')).toBe('\u00a0\u00a0');
});

import {
  dashboardPrintHeading,
  dashboardTitle,
  filterWordsOf,
  resultsLine,
  scopeLead,
} from './dashboard-words';

test('the dashboard names its filters in its title, results line and printed heading', () => {
  const search = { status: 'red' as const, q: 'care' };
  expect(dashboardTitle(search, 'Adult Social Services')).toBe(
    'Performance dashboard: Red, Adult Social Services, “care”',
  );
  expect(dashboardTitle({}, undefined)).toBe('Performance dashboard');
  const words = filterWordsOf({ ...search, kind: 'activity' }, 'Adult Social Services');
  expect(words).toEqual([
    'Adult Social Services',
    'status Red',
    'activity (demand)',
    'matching “care”',
  ]);
  expect(resultsLine(2, ['status Red'])).toBe('2 indicators: status Red');
  expect(resultsLine(1, [])).toBe('1 indicator');
  expect(dashboardPrintHeading('Kent County Council', 'Kent 2008', [], '2008-03')).toBe(
    'Kent County Council: performance dashboard, Kent 2008, all indicators, as at March 2008',
  );
});

test('the lead does not repeat the authority when the structure already names it', () => {
  expect(scopeLead('Kent County Council', 'Kent County Council directorates', undefined)).toBe(
    'Kent County Council directorates, latest figures',
  );
  expect(scopeLead('Kent County Council', 'Customer & Communities, 2012', '2012-05')).toBe(
    'Kent County Council: Customer & Communities, 2012, as at May 2012',
  );
});

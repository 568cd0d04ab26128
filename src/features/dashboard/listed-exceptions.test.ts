import type { RagStatus } from '@/domain/types';
import { listedExceptions } from './listed-exceptions';

function row(id: string, status: RagStatus, direction: 'worsening' | 'improving') {
  return {
    indicator: { id },
    latest: { period: '2012-05', value: 1 },
    latestRating: { status },
    direction: { direction },
  };
}

test('the page lists the rows of the sections shown, an indicator in two sections once', () => {
  const rows = [
    row('a', 'red', 'worsening'),
    row('b', 'red', 'improving'),
    row('c', 'amber', 'worsening'),
    row('d', 'green', 'worsening'),
  ];
  const ids = (kinds: Parameters<typeof listedExceptions>[1]) =>
    listedExceptions(rows, kinds).map((listed) => listed.indicator.id);
  expect(ids(['red', 'red-and-worsening', 'amber-and-worsening'])).toEqual(['a', 'b', 'c']);
  expect(ids(['red-and-worsening'])).toEqual(['a']);
  expect(ids(['amber-and-worsening'])).toEqual(['c']);
});

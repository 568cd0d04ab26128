import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addStatusCounts,
  countStatuses,
  countStatusesBy,
  describeException,
  emptyStatusCounts,
  headlineStatus,
  isMissingData,
  isOverdue,
  selectExceptions,
  type ExceptionKind,
  type RowLike,
} from './aggregate';
import type { Direction, RagStatus } from './types';

interface Row extends RowLike {
  id: string;
}

const row = (
  id: string,
  status: RagStatus,
  direction: Direction = 'no-change',
  extra: Partial<Row> = {},
): Row => ({
  id,
  asAt: '2012-05',
  latest: { period: '2012-05', value: 1 },
  latestRating: { status },
  direction: { direction },
  indicator: { frequency: 'monthly' },
  ...extra,
});

const rows: Row[] = [
  row('a', 'green', 'improving'),
  row('b', 'green', 'worsening'),
  row('c', 'amber', 'worsening'),
  row('d', 'amber', 'improving'),
  row('e', 'red', 'worsening'),
  row('f', 'red', 'no-change'),
  row('g', 'red', 'not-comparable'),
  row('h', 'not-rated', 'not-comparable', { latest: null }),
  row('i', 'not-rated', 'not-comparable', {
    latest: {
      period: '2012-05',
      value: null,
      missing: { reason: 'reported-less-often', text: 'Reported quarterly' },
    },
  }),
  row('j', 'not-rated', 'not-comparable', {
    latest: {
      period: '2012-05',
      value: null,
      missing: { reason: 'not-available', text: 'Not available' },
    },
  }),
  row('k', 'not-rated', 'not-comparable', {
    forecastRating: { status: 'amber' },
    indicator: { frequency: 'annual' },
  }),
  row('l', 'red', 'worsening', { latest: { period: '2011-12', value: 3 } }),
];

it('a red year to date is an exception even when the month is amber', () => {
  const deaths = row('deaths', 'amber', 'not-comparable', { ytdRating: { status: 'red' } });
  const calls = row('calls', 'amber', 'not-comparable', { ytdRating: { status: 'green' } });
  expect(selectExceptions([deaths, calls], 'red').map((r) => r.id)).toEqual(['deaths']);
  // One count, one meaning: the dashboard's Red is the headline status; the year-to-date reds
  // under another badge are counted apart, and together they make the Exceptions 'Red' list.
  const counts = countStatuses([deaths, calls]);
  expect(counts.red).toBe(0);
  expect(counts.redYearToDateOnly).toBe(1);
  expect(counts.red + counts.redYearToDateOnly).toBe(
    selectExceptions([deaths, calls], 'red').length,
  );
});

describe('countStatuses', () => {
  it('counts every field of the status summary', () => {
    expect(countStatuses(rows)).toEqual({
      green: 2,
      amber: 3,
      red: 4,
      notRated: 3,
      improving: 2,
      worsening: 4,
      noChange: 1,
      redAndWorsening: 2,
      redYearToDateOnly: 0,
      missingData: 3,
      total: 12,
    });
  });

  it('counts nothing in an empty list', () => {
    expect(countStatuses([])).toEqual(emptyStatusCounts());
  });

  it('adds counts field by field', () => {
    const sum = addStatusCounts(countStatuses(rows.slice(0, 5)), countStatuses(rows.slice(5)));
    expect(sum).toEqual(countStatuses(rows));
  });

  it('counts per group, each row once per group', () => {
    const byGroup = countStatusesBy(rows, (r) => (r.id < 'f' ? ['first', 'all', 'all'] : ['all']));
    expect(byGroup.get('all')).toEqual(countStatuses(rows));
    expect(byGroup.get('first')?.total).toBe(5);
    expect(byGroup.get('first')?.green).toBe(2);
    expect(byGroup.has('none')).toBe(false);
  });

  it('statuses add up to the total, and splitting the rows never changes the sums', () => {
    const statusArb = fc.constantFrom<RagStatus>('green', 'amber', 'red', 'not-rated');
    const directionArb = fc.constantFrom<Direction>(
      'improving',
      'worsening',
      'no-change',
      'not-comparable',
    );
    const rowArb = fc
      .tuple(statusArb, directionArb, fc.boolean())
      .map(([s, d, missing]) => row('r', s, d, missing ? { latest: null } : {}));
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 30 }), fc.nat(30), (list, cut) => {
        const c = countStatuses(list);
        expect(c.green + c.amber + c.red + c.notRated).toBe(c.total);
        expect(c.improving + c.worsening + c.noChange).toBeLessThanOrEqual(c.total);
        expect(c.redAndWorsening).toBeLessThanOrEqual(Math.min(c.red, c.worsening));
        expect(c.total).toBe(list.length);
        expect(
          addStatusCounts(countStatuses(list.slice(0, cut)), countStatuses(list.slice(cut))),
        ).toEqual(c);
        expect(selectExceptions(list, 'red-and-worsening')).toHaveLength(c.redAndWorsening);
        expect(selectExceptions(list, 'missing-data')).toHaveLength(c.missingData);
      }),
    );
  });
});

describe('headline status', () => {
  it('is the latest rating, or a rated forecast when the latest is not rated', () => {
    expect(
      headlineStatus({ latestRating: { status: 'green' }, forecastRating: { status: 'red' } }),
    ).toBe('green');
    expect(
      headlineStatus({ latestRating: { status: 'not-rated' }, forecastRating: { status: 'red' } }),
    ).toBe('red');
    expect(
      headlineStatus({
        latestRating: { status: 'not-rated' },
        forecastRating: { status: 'not-rated' },
      }),
    ).toBe('not-rated');
    expect(headlineStatus({ latestRating: { status: 'not-rated' }, forecastRating: null })).toBe(
      'not-rated',
    );
    expect(headlineStatus({ latestRating: { status: 'amber' } })).toBe('amber');
  });
});

describe('missing and overdue data', () => {
  it.each<[string, Partial<Row>, boolean]>([
    ['no latest figure', { latest: null }, true],
    ['a figure', {}, false],
    [
      'not available',
      {
        latest: {
          period: '2012-05',
          value: null,
          missing: { reason: 'not-available', text: 'N/A' },
        },
      },
      true,
    ],
    [
      'to be confirmed',
      {
        latest: {
          period: '2012-05',
          value: null,
          missing: { reason: 'to-be-confirmed', text: 'TBC' },
        },
      },
      true,
    ],
    [
      'reported quarterly',
      {
        latest: {
          period: '2012-05',
          value: null,
          missing: { reason: 'reported-less-often', text: 'Reported quarterly' },
        },
      },
      false,
    ],
    [
      'not yet due',
      {
        latest: {
          period: '2012-05',
          value: null,
          missing: { reason: 'not-yet-due', text: 'Available August 2012' },
        },
      },
      false,
    ],
    [
      'not applicable',
      {
        latest: {
          period: '2012-05',
          value: null,
          missing: { reason: 'not-applicable', text: 'N/A' },
        },
      },
      false,
    ],
    [
      'a status in words',
      { latest: { period: '2012-05', value: null, printed: 'On course' } },
      false,
    ],
    ['no value and no reason', { latest: { period: '2012-05', value: null } }, true],
    ['monthly, two months behind', { latest: { period: '2012-03', value: 1 } }, false],
    ['monthly, three months behind', { latest: { period: '2012-02', value: 1 } }, true],
    [
      'quarterly, one quarter behind',
      { latest: { period: '2011/12 Q4', value: 1 }, indicator: { frequency: 'quarterly' } },
      false,
    ],
    [
      'quarterly, two quarters behind',
      { latest: { period: '2011/12 Q3', value: 1 }, indicator: { frequency: 'quarterly' } },
      true,
    ],
    [
      'annual, last year',
      { latest: { period: '2011/12', value: 1 }, indicator: { frequency: 'annual' } },
      false,
    ],
    [
      'annual, two years back',
      { latest: { period: '2010/11', value: 1 }, indicator: { frequency: 'annual' } },
      false,
    ],
    [
      'annual, three years back',
      { latest: { period: '2009/10', value: 1 }, indicator: { frequency: 'annual' } },
      true,
    ],
    [
      'irregular, long ago',
      { latest: { period: '2001/02', value: 1 }, indicator: { frequency: 'irregular' } },
      false,
    ],
    ['no frequency', { latest: { period: '2001/02', value: 1 }, indicator: undefined }, false],
    ['no as-at', { asAt: null, latest: { period: '2001-02', value: 1 } }, false],
  ])('%s → %s', (_name, extra, missing) => {
    expect(isMissingData(row('x', 'green', 'no-change', extra))).toBe(missing);
  });

  it('isOverdue ignores ids that are not periods', () => {
    expect(isOverdue(row('x', 'green', 'no-change', { asAt: 'junk' }))).toBe(false);
  });
});

describe('selectExceptions', () => {
  it.each<[ExceptionKind, string[], string]>([
    ['red', ['e', 'f', 'g', 'l'], 'Red'],
    ['red-and-worsening', ['e', 'l'], 'Red and worsening'],
    ['amber-and-worsening', ['c'], 'Amber and worsening'],
    ['missing-data', ['h', 'j', 'l'], 'No data or overdue'],
  ])('%s', (kind, ids, heading) => {
    expect(selectExceptions(rows, kind).map((r) => r.id)).toEqual(ids);
    expect(describeException(kind)).toBe(heading);
  });

  it('includes annual indicators by their forecast status', () => {
    const annual = row('z', 'not-rated', 'worsening', { forecastRating: { status: 'amber' } });
    expect(selectExceptions([annual], 'amber-and-worsening')).toEqual([annual]);
  });
});

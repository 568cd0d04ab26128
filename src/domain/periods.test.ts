import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import {
  comparePeriodIds,
  describePeriodSpan,
  endsByPeriod,
  financialYearOf,
  financialYearToDateMonths,
  formatPeriod,
  isPeriodId,
  monthSpanOf,
  nextPeriodId,
  parsePeriod,
  parsePeriodId,
  periodContains,
  periodKindOf,
  previousPeriodId,
  samePeriodLastYearId,
  sortPeriodIds,
  toPeriodId,
  type Period,
  periodIdProblem,
  PERIOD_ID_HINT,
} from './periods';

const idOf = (text: string, options?: Parameters<typeof parsePeriod>[1]): string | null => {
  const p = parsePeriod(text, options);
  return p === null ? null : toPeriodId(p);
};

describe('parsePeriod reads council spellings', () => {
  it.each([
    // financial years
    ['2007/08', '2007/08'],
    ['2007-08', '2007/08'],
    ['07/08', '2007/08'],
    ['2006/7', '2006/07'],
    ['2008/9', '2008/09'],
    ['2010-11', '2010/11'],
    ['2005/2006', '2005/06'],
    ['1999/00', '1999/00'],
    ['99/00', '1999/00'],
    ['2009/10', '2009/10'],
    ['2011 - 12', '2011/12'],
    [' 2007/08 ', '2007/08'],
    ['FY 2012/13', '2012/13'],
    ['financial year 2012-13', '2012/13'],
    // months
    ['Aug 04', '2004-08'],
    ['Mar 07', '2007-03'],
    ['May 2012', '2012-05'],
    ['may 2012', '2012-05'],
    ['MARCH 2007', '2007-03'],
    ['Sept 2011', '2011-09'],
    ['Sep-11', '2011-09'],
    ['Mar-07', '2007-03'],
    ["Dec '08", '2008-12'],
    ['Jan. 2010', '2010-01'],
    ['2012-05', '2012-05'],
    ['2007-09', '2007-09'],
    ['2012-13', '2012/13'],
    // quarters
    ['2012/13 Q1', '2012/13 Q1'],
    ['Q1 2012/13', '2012/13 Q1'],
    ['q4 2011-12', '2011/12 Q4'],
    ['2012/13, Q2', '2012/13 Q2'],
    // calendar and academic years
    ['2010', '2010'],
    ['AY 2011/12', 'AY 2011/12'],
    ['academic year 2011-12', 'AY 2011/12'],
    ['2011/12 academic year', 'AY 2011/12'],
  ])('%s → %s', (text, id) => {
    expect(idOf(text)).toBe(id);
  });

  it.each([
    '',
    '   ',
    'N/A',
    'TBC',
    'Reported quarterly',
    '2007/09',
    '2007-2009',
    '2007/2009',
    '07/09',
    '2012-13-01',
    'Q5 2012/13',
    'Q1',
    'Foo 2012',
    'Month 12',
    '2012-00',
    '2012-14',
    '1899',
    '12345',
    'AY 2011/13',
    '2012/13 Q0',
  ])('returns null for %j rather than guessing', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });

  it('reads YYYY-YY with following years as a financial year unless told it is a month', () => {
    expect(idOf('2010-11')).toBe('2010/11');
    expect(idOf('2010-11', { hyphenated: 'month' })).toBe('2010-11');
    expect(idOf('2011-12', { hyphenated: 'month' })).toBe('2011-12');
    expect(idOf('2012-05', { hyphenated: 'month' })).toBe('2012-05');
    expect(idOf('2007-08', { hyphenated: 'financial-year' })).toBe('2007/08');
  });

  it('reads two-digit years 00–49 as 2000s and 50–99 as 1900s', () => {
    expect(idOf('Aug 49')).toBe('2049-08');
    expect(idOf('Aug 50')).toBe('1950-08');
    expect(idOf('49/50')).toBe('2049/50');
    expect(idOf('98/99')).toBe('1998/99');
  });
});

describe('parsePeriodId reads canonical ids strictly', () => {
  it.each<[string, Period]>([
    ['2007/08', { kind: 'financial-year', startYear: 2007 }],
    ['2012/13 Q1', { kind: 'quarter', startYear: 2012, quarter: 1 }],
    ['2010-11', { kind: 'month', year: 2010, month: 11 }],
    ['2012-05', { kind: 'month', year: 2012, month: 5 }],
    ['2010', { kind: 'calendar-year', year: 2010 }],
    ['AY 2011/12', { kind: 'academic-year', startYear: 2011 }],
  ])('%s', (id, period) => {
    expect(parsePeriodId(id)).toEqual(period);
    expect(isPeriodId(id)).toBe(true);
  });

  it.each([
    '2007-08 ',
    'Aug 04',
    '07/08',
    '2006/7',
    'Q1 2012/13',
    '2012-5',
    '2012-13',
    '2007/09',
    'ay 2011/12',
  ])('rejects %j', (text) => {
    expect(parsePeriodId(text)).toBeNull();
    expect(isPeriodId(text)).toBe(false);
    expect(periodKindOf(text)).toBeNull();
  });

  it('gives the kind of an id', () => {
    expect(periodKindOf('2012/13 Q3')).toBe('quarter');
    expect(periodKindOf('2012-03')).toBe('month');
    expect(periodKindOf('2012/13')).toBe('financial-year');
  });
});

describe('formatPeriod', () => {
  it.each([
    ['2007/08', '2007/08'],
    ['2012-05', 'May 2012'],
    ['2004-08', 'August 2004'],
    ['2012/13 Q1', 'Q1 2012/13'],
    ['2010', '2010'],
    ['AY 2011/12', '2011/12 academic year'],
    ['1999/00', '1999/00'],
    ['not a period', 'not a period'],
  ])('%s → %s', (id, label) => {
    expect(formatPeriod(id)).toBe(label);
  });

  it.each([
    ['2012/13', 'April 2012 to March 2013'],
    ['2012/13 Q1', 'April 2012 to June 2012'],
    ['2012/13 Q4', 'January 2013 to March 2013'],
    ['AY 2011/12', 'September 2011 to August 2012'],
    ['2010', 'January 2010 to December 2010'],
    ['2012-05', 'May 2012'],
    ['junk', 'junk'],
  ])('describes the span of %s as %s', (id, text) => {
    expect(describePeriodSpan(id)).toBe(text);
  });
});

describe('ordering ids of mixed kinds by end date', () => {
  it('sorts months, quarters, financial, academic and calendar years together', () => {
    const ids = [
      '2012/13',
      '2012-05',
      'AY 2011/12',
      '2011/12 Q4',
      '2012',
      '2012-03',
      '2011/12',
      '2012/13 Q1',
      '2011-12',
    ];
    expect(sortPeriodIds(ids)).toEqual([
      '2011-12',
      '2012-03',
      '2011/12 Q4',
      '2011/12',
      '2012-05',
      '2012/13 Q1',
      'AY 2011/12',
      '2012',
      '2012/13',
    ]);
  });

  it('puts ids that are not periods last, alphabetically', () => {
    expect(sortPeriodIds(['zzz', '2010', 'aaa', '2009/10'])).toEqual([
      '2009/10',
      '2010',
      'aaa',
      'zzz',
    ]);
  });

  it('treats an id as equal to itself', () => {
    expect(comparePeriodIds('2012/13 Q1', '2012/13 Q1')).toBe(0);
    expect(comparePeriodIds('x', 'x')).toBe(0);
  });

  it('does not change its input', () => {
    const ids = ['2012', '2010'];
    sortPeriodIds(ids);
    expect(ids).toEqual(['2012', '2010']);
  });
});

describe('previous, next and same period last year', () => {
  it.each([
    ['2012-05', '2012-04', '2012-06', '2011-05'],
    ['2012-01', '2011-12', '2012-02', '2011-01'],
    ['2012-12', '2012-11', '2013-01', '2011-12'],
    ['2012/13 Q1', '2011/12 Q4', '2012/13 Q2', '2011/12 Q1'],
    ['2012/13 Q4', '2012/13 Q3', '2013/14 Q1', '2011/12 Q4'],
    ['2007/08', '2006/07', '2008/09', '2006/07'],
    ['2000/01', '1999/00', '2001/02', '1999/00'],
    ['2010', '2009', '2011', '2009'],
    ['AY 2011/12', 'AY 2010/11', 'AY 2012/13', 'AY 2010/11'],
  ])('%s: previous %s, next %s, last year %s', (id, previous, next, lastYear) => {
    expect(previousPeriodId(id)).toBe(previous);
    expect(nextPeriodId(id)).toBe(next);
    expect(samePeriodLastYearId(id)).toBe(lastYear);
  });

  it('gives null for ids that are not periods or fall off the supported range', () => {
    expect(previousPeriodId('junk')).toBeNull();
    expect(nextPeriodId('junk')).toBeNull();
    expect(samePeriodLastYearId('junk')).toBeNull();
    expect(previousPeriodId('1900-01')).toBeNull();
    expect(nextPeriodId('2199-12')).toBeNull();
  });
});

describe('financial years and containment', () => {
  it.each([
    ['2012-03', '2011/12'],
    ['2012-04', '2012/13'],
    ['2013-03', '2012/13'],
    ['2012/13 Q4', '2012/13'],
    ['2012/13', '2012/13'],
    ['2012', null],
    ['AY 2011/12', null],
    ['junk', null],
  ])('financialYearOf(%s) = %s', (id, year) => {
    expect(financialYearOf(id)).toBe(year);
  });

  it.each([
    ['2012/13', '2012-04', true],
    ['2012/13', '2013-03', true],
    ['2012/13', '2013-04', false],
    ['2012/13', '2012/13 Q3', true],
    ['2012/13 Q1', '2012-06', true],
    ['2012/13 Q1', '2012-07', false],
    ['2012/13', '2012/13', true],
    ['2012-05', '2012/13', false],
    ['2012', '2012/13 Q3', true],
    ['2012', '2012/13', false],
    ['AY 2011/12', '2012-08', true],
    ['junk', '2012-08', false],
  ])('periodContains(%s, %s) = %s', (outer, inner, expected) => {
    expect(periodContains(outer, inner)).toBe(expected);
  });

  it('says whether a period ends by another', () => {
    expect(endsByPeriod('2011/12', '2012-05')).toBe(true);
    expect(endsByPeriod('2012/13', '2012-05')).toBe(false);
    expect(endsByPeriod('2012-05', '2012-05')).toBe(true);
    expect(endsByPeriod('junk', '2012-05')).toBe(false);
  });

  it('lists the months of the year to date', () => {
    expect(financialYearToDateMonths('2012-05')).toEqual(['2012-04', '2012-05']);
    expect(financialYearToDateMonths('2013-01')).toHaveLength(10);
    expect(financialYearToDateMonths('2012-04')).toEqual(['2012-04']);
    expect(financialYearToDateMonths('2012/13')).toEqual([]);
  });

  it('gives month spans', () => {
    expect(monthSpanOf('2012/13')).toEqual({ first: 2012 * 12 + 3, last: 2013 * 12 + 2 });
    expect(monthSpanOf('junk')).toBeNull();
  });
});

const year = fc.integer({ min: 1950, max: 2150 });
const periodArb: fc.Arbitrary<Period> = fc.oneof(
  year.map((startYear): Period => ({ kind: 'financial-year', startYear })),
  fc
    .tuple(year, fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const))
    .map(([startYear, quarter]): Period => ({ kind: 'quarter', startYear, quarter })),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }))
    .map(([y, month]): Period => ({ kind: 'month', year: y, month })),
  year.map((y): Period => ({ kind: 'calendar-year', year: y })),
  year.map((startYear): Period => ({ kind: 'academic-year', startYear })),
);
const idArb = periodArb.map(toPeriodId);

describe('period properties', () => {
  it('canonical ids round-trip through parsePeriodId', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        expect(parsePeriodId(toPeriodId(p))).toEqual(p);
      }),
    );
  });

  it('canonical ids round-trip through parsePeriod (months read as months when asked)', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        expect(parsePeriod(toPeriodId(p), { hyphenated: 'month' })).toEqual(p);
      }),
    );
  });

  it('parsePeriod reads every id except months that look like a year span', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        fc.pre(!(p.kind === 'month' && p.month === (p.year + 1) % 100));
        expect(parsePeriod(toPeriodId(p))).toEqual(p);
      }),
    );
  });

  it('formatted labels parse back to the same period', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        const id = toPeriodId(p);
        expect(idOf(formatPeriod(id))).toBe(id);
      }),
    );
  });

  it('previous(next(p)) = p and next(previous(p)) = p', () => {
    fc.assert(
      fc.property(idArb, (id) => {
        const next = nextPeriodId(id);
        const previous = previousPeriodId(id);
        expect(next === null ? null : previousPeriodId(next)).toBe(id);
        expect(previous === null ? null : nextPeriodId(previous)).toBe(id);
      }),
    );
  });

  it('the previous period sorts before and the next after', () => {
    fc.assert(
      fc.property(idArb, (id) => {
        expect(comparePeriodIds(previousPeriodId(id) ?? '', id)).toBeLessThan(0);
        expect(comparePeriodIds(nextPeriodId(id) ?? '', id)).toBeGreaterThan(0);
      }),
    );
  });

  it('the same period last year is twelve months earlier and the same kind', () => {
    fc.assert(
      fc.property(idArb, (id) => {
        const last = samePeriodLastYearId(id) ?? '';
        expect(periodKindOf(last)).toBe(periodKindOf(id));
        expect((monthSpanOf(id)?.last ?? 0) - (monthSpanOf(last)?.last ?? 0)).toBe(12);
      }),
    );
  });

  it('comparePeriodIds is antisymmetric and transitive', () => {
    fc.assert(
      fc.property(idArb, idArb, idArb, (a, b, c) => {
        expect(Math.sign(comparePeriodIds(a, b)) + Math.sign(comparePeriodIds(b, a))).toBe(0);
        if (comparePeriodIds(a, b) <= 0 && comparePeriodIds(b, c) <= 0) {
          expect(comparePeriodIds(a, c)).toBeLessThanOrEqual(0);
        }
        if (comparePeriodIds(a, b) === 0) expect(a).toBe(b);
      }),
    );
  });

  it('a month or quarter lies in its financial year', () => {
    fc.assert(
      fc.property(idArb, (id) => {
        const fy = financialYearOf(id);
        if (fy !== null) expect(periodContains(fy, id)).toBe(true);
      }),
    );
  });
});

describe('periodIdProblem', () => {
  test.each([
    ['2012/13', null],
    ['AY 2011/12', null],
    [
      'AY 2011/13',
      '"AY 2011/13" is not a real period: the second year must follow the first, as in AY 2011/12',
    ],
    [
      '2012/99 Q1',
      '"2012/99 Q1" is not a real period: the second year must follow the first, as in 2012/13',
    ],
    ['1800', '"1800" is not a period Ragstone reads: years run from 1900 to 2199'],
    ['9999-01', '"9999-01" is not a period Ragstone reads: years run from 1900 to 2199'],
    ['AY 2011', PERIOD_ID_HINT],
    ['June', PERIOD_ID_HINT],
  ])('%j: %j', (id, problem) => {
    expect(periodIdProblem(id)).toBe(problem);
  });
});

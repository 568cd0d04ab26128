import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAY_YEARS, ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bank-holidays';
import { addWorkingDays, dueDateFor, isWorkingDay, periodEndDate, returnTiming } from './due-dates';

describe('bank holidays (England and Wales)', () => {
  it.each([
    ['2011-04-29', 'royal wedding'],
    ['2012-06-04', 'spring holiday moved for the Diamond Jubilee'],
    ['2012-06-05', 'Diamond Jubilee'],
    ['2020-05-08', 'VE day'],
    ['2022-09-19', 'state funeral'],
    ['2023-05-08', 'coronation'],
    ['2010-12-28', 'Boxing Day substitute'],
    ['2016-12-27', 'Christmas Day substitute'],
  ])('%s is a holiday (%s)', (date) => {
    expect(isWorkingDay(date)).toBe(false);
  });

  it('does not count the usual spring holiday of 2012 twice: 28 May 2012 was a working day', () => {
    expect(isWorkingDay('2012-05-28')).toBe(true);
  });

  it('holds eight or more days in every year it covers, in order, none at a weekend', () => {
    const dates = ENGLAND_AND_WALES_BANK_HOLIDAYS.map(([date]) => date);
    expect([...dates].sort()).toEqual(dates);
    const years: number[] = [];
    for (let year: number = BANK_HOLIDAY_YEARS.first; year <= BANK_HOLIDAY_YEARS.last; year += 1) {
      years.push(year);
    }
    expect(years).toHaveLength(25);
    for (const year of years) {
      expect(dates.filter((d) => d.startsWith(`${year}-`)).length).toBeGreaterThanOrEqual(8);
    }
    for (const date of dates) {
      expect([0, 6]).not.toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
    }
  });
});

describe('period end and due dates', () => {
  it.each([
    ['2012-05', '2012-05-31'],
    ['2012-02', '2012-02-29'],
    ['2012/13 Q1', '2012-06-30'],
    ['2012/13', '2013-03-31'],
    ['2012', '2012-12-31'],
    ['AY 2011/12', '2012-08-31'],
  ])('%s ends on %s', (period, end) => {
    expect(periodEndDate(period)).toBe(end);
  });

  it('puts May 2012 due on 25 June 2012 (1 June, then 6 June onwards), skipping the two Jubilee holidays, and says so', () => {
    const due = dueDateFor('2012-05');
    expect(due?.date).toBe('2012-06-25');
    expect(due?.reason).toBe(
      'Due 25 June 2012: 15 working days after May 2012 ends (31 May 2012), not counting weekends, nor the bank holidays on 4 June 2012 and 5 June 2012.',
    );
    expect(due?.caveat).toBeUndefined();
  });

  it('counts calendar days when the rule says so', () => {
    expect(dueDateFor('2012-05', { kind: 'calendar-days-after-period-end', days: 10 })?.date).toBe(
      '2012-06-10',
    );
  });

  it('warns when the bank holidays of the year are not in the data', () => {
    expect(dueDateFor('2031-05')?.caveat).toMatch(/known for 2004–2028 only/);
  });

  it('answers null for something that is not a period', () => {
    expect(dueDateFor('May')).toBeNull();
  });

  it('property: the nth working day after a date is a working day, later, and n working days on', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 20 }),
        fc.integer({ min: 1, max: 30 }),
        (offset, n) => {
          const start = new Date(Date.UTC(2005, 0, 1) + offset * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const { date } = addWorkingDays(start, n);
          expect(date > start).toBe(true);
          expect(isWorkingDay(date)).toBe(true);
          let count = 0;
          for (let d = new Date(`${start}T00:00:00Z`); ;) {
            d = new Date(d.getTime() + 86_400_000);
            const iso = d.toISOString().slice(0, 10);
            if (isWorkingDay(iso)) count += 1;
            if (iso === date) break;
          }
          expect(count).toBe(n);
        },
      ),
    );
  });
});

describe('overdue', () => {
  it.each<[string, boolean, string, string]>([
    ['2012-05-20', false, 'not-yet-due', 'May 2012 has not ended yet; due 25 June 2012.'],
    ['2012-06-25', false, 'due', 'May 2012 is due by 25 June 2012.'],
    ['2012-06-26', false, 'overdue', 'May 2012 is overdue: it was due 25 June 2012, 1 day ago.'],
    ['2012-07-02', false, 'overdue', 'May 2012 is overdue: it was due 25 June 2012, 7 days ago.'],
    ['2012-07-02', true, 'received', 'May 2012 has been sent in.'],
  ])('as at %s (received %s): %s', (today, received, state, reason) => {
    expect(returnTiming('2012-05', today, received)).toEqual({ state, reason });
  });

  it('rejects a date that does not exist rather than guessing', () => {
    expect(() => returnTiming('2012-05', '2012-02-30', false)).toThrow(/no such date/);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultDueDateRule, describeDueDateRule, dueDateRuleFor } from './due-dates';
import { financialYearStart, targetChangeProblem, yearHasStarted } from './target-changes';

describe('changing a year’s target', () => {
  it('knows when a financial year starts, and only for financial years', () => {
    expect(financialYearStart('2012/13')).toBe('2012-04-01');
    expect(financialYearStart('2012-05')).toBeNull();
    expect(yearHasStarted('2012/13', '2012-03-31')).toBe(false);
    expect(yearHasStarted('2012/13', '2012-04-01')).toBe(true);
  });

  it('needs a reason only once the year has started', () => {
    expect(targetChangeProblem({ year: '2012/13', today: '2012-03-01', reason: '' })).toBeNull();
    expect(targetChangeProblem({ year: '2012/13', today: '2012-06-01', reason: ' ' })).toEqual({
      field: 'reason',
      message: '2012/13 has already started: say why its target is changing.',
    });
    expect(
      targetChangeProblem({ year: '2012/13', today: '2012-06-01', reason: 'Re-based' }),
    ).toBeNull();
    expect(targetChangeProblem({ year: '2012-05', today: '2012-06-01', reason: 'x' })?.field).toBe(
      'year',
    );
  });
});

describe('due-date rules', () => {
  it('default from the frequency: 15 working days, 30 for a year’s outturn', () => {
    expect(defaultDueDateRule('monthly')).toEqual({
      kind: 'working-days-after-period-end',
      days: 15,
    });
    expect(defaultDueDateRule('annual').days).toBe(30);
    expect(describeDueDateRule({ kind: 'calendar-days-after-period-end', days: 1 })).toBe(
      '1 day after the period ends',
    );
  });

  it('an administrator’s rule wins; none (or a reset) falls back to the default', () => {
    const set = { kind: 'calendar-days-after-period-end', days: 10 } as const;
    expect(dueDateRuleFor('monthly', set)).toEqual({ rule: set, source: 'set' });
    expect(dueDateRuleFor('monthly', null).source).toBe('default');
  });
});

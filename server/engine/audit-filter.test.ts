import { describe, expect, it } from 'vitest';
import { auditEntryMatches, auditFilterRules } from './audit-filter';

const entry = {
  id: 7,
  at: '2012-06-30T23:59:59.000Z',
  actorId: 'u-cat',
  actorName: 'Cat Contributor',
  action: 'target.change',
};

describe('the audit filter rules', () => {
  it('ignores blank filters and reads the dates as whole UTC days', () => {
    expect(
      auditFilterRules({ actor: '  ', action: '', from: '2012-06-01', to: '2012-06-30' }),
    ).toEqual({
      actor: null,
      actionPrefix: null,
      atOrAfter: new Date('2012-06-01T00:00:00Z'),
      before: new Date('2012-07-01T00:00:00Z'),
      idBelow: null,
    });
  });

  it.each([
    [{ actor: 'contrib' }, true],
    [{ actor: 'U-CAT' }, true],
    [{ actor: 'u-ca' }, false],
    [{ action: 'Target' }, true],
    [{ action: 'change' }, false],
    [{ to: '2012-06-30' }, true],
    [{ from: '2012-07-01' }, false],
  ])('%j finds the entry: %s', (filter, found) => {
    expect(auditEntryMatches(auditFilterRules(filter), entry)).toBe(found);
  });

  it('pages by id: only entries older than the last one shown', () => {
    expect(auditEntryMatches(auditFilterRules({}, 7), entry)).toBe(false);
    expect(auditEntryMatches(auditFilterRules({}, 8), entry)).toBe(true);
  });
});

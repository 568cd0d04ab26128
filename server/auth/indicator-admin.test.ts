// @vitest-environment node
/**
 * What administrators set per indicator, through the real server on a real database: a year's
 * target changes the status the server serves and the history the indicator page reads; a
 * due-date rule moves the due dates of My returns; every change is audited and filterable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAccountsApp, PEOPLE, TEST_PASSWORD, type AccountsApp } from '../testing/accounts-app';
import { TestBrowser } from './test-client';

let house: AccountsApp;

beforeAll(async () => {
  house = await openAccountsApp([PEOPLE.ada, PEOPLE.cat]);
});
afterAll(() => house.close());

const as = (email: string) => house.as(email);
const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;

interface Settings {
  years: { year: string; target: { value: number | null; version: number } }[];
  dueRule: { rule: { kind: string; days: number }; source: string; description: string };
  dueRuleHistory: { rule: unknown; reason: string; actorName: string }[];
}
interface Detail {
  row: { latestRating: { status: string; reason: string } };
}

describe('targets per financial year', () => {
  it('shows the year’s target and floor with the version a change must quote', async () => {
    const ada = await as('ada@example.org');
    const settings = await json<Settings>(
      await ada.request('GET', '/api/admin/indicators/paf-c28'),
    );
    expect(settings.years).toEqual([
      { year: '2012/13', target: { value: 80, version: 1 }, floor: { value: 70, version: 1 } },
    ]);
    expect(settings.dueRule).toEqual({
      rule: { kind: 'working-days-after-period-end', days: 15 },
      source: 'default',
      description: '15 working days after the period ends',
    });
  });

  it('refuses a mid-year change without a reason, and a period that is not a financial year', async () => {
    const ada = await as('ada@example.org');
    const body = { year: '2012/13', measure: 'floor', value: 55, version: 1 };
    const noReason = await ada.request('PUT', '/api/admin/indicators/paf-c28/targets', body);
    expect(noReason.status).toBe(422);
    expect(await noReason.json()).toMatchObject({ field: 'reason' });
    const month = await ada.request('PUT', '/api/admin/indicators/paf-c28/targets', {
      ...body,
      year: '2012-05',
      reason: 'x',
    });
    expect(month.status).toBe(422);
    expect(await month.json()).toMatchObject({ field: 'year' });
  });

  it('a stale version is a 409 and changes nothing', async () => {
    const ada = await as('ada@example.org');
    const response = await ada.request('PUT', '/api/admin/indicators/paf-c28/targets', {
      year: '2012/13',
      measure: 'floor',
      value: 55,
      version: 7,
      reason: 'Re-based',
    });
    expect(response.status).toBe(409);
  });

  it('changing the floor changes the status the server serves, keeps history and audits it', async () => {
    const ada = await as('ada@example.org');
    const before = await json<Detail>(await ada.request('GET', '/api/indicators/paf-c28'));
    expect(before.row.latestRating.status).toBe('red');
    const response = await ada.request('PUT', '/api/admin/indicators/paf-c28/targets', {
      year: '2012/13',
      measure: 'floor',
      value: 55,
      version: 1,
      reason: 'Re-based after the boundary change',
    });
    expect(response.status).toBe(200);
    const after = await json<Detail>(await ada.request('GET', '/api/indicators/paf-c28'));
    expect(after.row.latestRating.status).toBe('amber');

    const history = await json<{ entries: Record<string, unknown>[] }>(
      await ada.request('GET', '/api/indicators/paf-c28/history'),
    );
    expect(history.entries[0]).toMatchObject({
      subject: 'floor',
      period: '2012/13',
      before: 70,
      after: 55,
      reason: 'Re-based after the boundary change',
      actor: { name: 'Ada Admin' },
    });
    const audit = await json<{ entries: Record<string, unknown>[] }>(
      await ada.request('GET', '/api/admin/audit?action=floor'),
    );
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0]).toMatchObject({
      action: 'floor.change',
      subject: 'paf-c28 2012/13 floor',
      oldValue: 70,
      newValue: 55,
      reason: 'Re-based after the boundary change',
      actorName: 'Ada Admin',
    });
  });

  it('is for administrators only: a contributor for the unit gets 403', async () => {
    const cat = await as('cat@example.org');
    expect((await cat.request('GET', '/api/admin/indicators/paf-c28')).status).toBe(403);
    const put = await cat.request('PUT', '/api/admin/indicators/paf-c28/targets', {
      year: '2012/13',
      measure: 'target',
      value: 1,
      version: 1,
      reason: 'x',
    });
    expect(put.status).toBe(403);
  });
});

describe('due-date rules', () => {
  it('a rule set by an administrator moves the due dates in My returns, and can go back', async () => {
    const ada = await as('ada@example.org');
    const cat = await as('cat@example.org');
    const dueFor = async () => {
      const mine = await json<{
        items: { indicatorId: string; period: string; dueDate: string }[];
      }>(await cat.request('GET', '/api/returns/mine?today=2012-07-10'));
      return mine.items.find((i) => i.indicatorId === 'paf-c28' && i.period === '2012-05')?.dueDate;
    };
    // 15 working days after 31 May 2012, skipping the Jubilee bank holidays (4 and 5 June).
    expect(await dueFor()).toBe('2012-06-25');
    const set = await ada.request('PUT', '/api/admin/indicators/paf-c28/due-rule', {
      rule: { kind: 'calendar-days-after-period-end', days: 10 },
      reason: 'Monthly board moved earlier',
    });
    expect(set.status).toBe(200);
    expect((await json<Settings>(set)).dueRule).toMatchObject({
      source: 'set',
      description: '10 days after the period ends',
    });
    expect(await dueFor()).toBe('2012-06-10');

    const back = await ada.request('PUT', '/api/admin/indicators/paf-c28/due-rule', {
      rule: null,
      reason: 'Board back to normal',
    });
    const settings = await json<Settings>(back);
    expect(settings.dueRule.source).toBe('default');
    expect(settings.dueRuleHistory.map((h) => h.reason)).toEqual([
      'Board back to normal',
      'Monthly board moved earlier',
    ]);
    expect(await dueFor()).toBe('2012-06-25');
  });

  it('refuses a rule of 0 days or an unknown kind with a 422 naming the field', async () => {
    const ada = await as('ada@example.org');
    for (const rule of [
      { kind: 'working-days-after-period-end', days: 0 },
      { kind: 'fortnights', days: 2 },
    ]) {
      const response = await ada.request('PUT', '/api/admin/indicators/paf-c28/due-rule', { rule });
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({ field: 'rule' });
    }
  });
});

describe('people and the audit log', () => {
  it('disables a person (their sessions end) and refuses to disable yourself', async () => {
    const ada = await as('ada@example.org');
    const cat = await as('cat@example.org');
    const people = await json<{ people: { id: string; email: string }[] }>(
      await ada.request('GET', '/api/admin/people'),
    );
    const catId = people.people.find((p) => p.email === 'cat@example.org')?.id ?? '';
    const adaId = people.people.find((p) => p.email === 'ada@example.org')?.id ?? '';
    const self = await ada.request('PUT', `/api/admin/people/${adaId}/disabled`, {
      disabled: true,
      reason: 'Testing',
    });
    expect(self.status).toBe(409);
    const off = await ada.request('PUT', `/api/admin/people/${catId}/disabled`, {
      disabled: true,
      reason: 'Left the council',
    });
    expect(off.status).toBe(200);
    expect(await off.json()).toMatchObject({ disabled: true });
    expect(await json<{ user: unknown }>(await cat.request('GET', '/api/auth/me'))).toMatchObject({
      user: null,
    });
    expect(
      (await new TestBrowser(house.app, '/api').signIn('cat@example.org', TEST_PASSWORD)).status,
    ).not.toBe(200);
    await ada.request('PUT', `/api/admin/people/${catId}/disabled`, {
      disabled: false,
      reason: 'Came back',
    });
    const again = await as('cat@example.org');
    const ended = await ada.request('POST', `/api/admin/people/${catId}/sign-out-everywhere`, {
      reason: 'Lost laptop',
    });
    expect(await ended.json()).toEqual({ sessionsEnded: 1 });
    expect(await json<{ user: unknown }>(await again.request('GET', '/api/auth/me'))).toMatchObject(
      {
        user: null,
      },
    );
  });

  it('refuses to disable, enable or sign out a person without a reason, naming the field', async () => {
    const ada = await as('ada@example.org');
    const people = await json<{ people: { id: string; email: string; disabled: boolean }[] }>(
      await ada.request('GET', '/api/admin/people'),
    );
    const cat = people.people.find((p) => p.email === 'cat@example.org');
    const attempts = [
      ['PUT', `/api/admin/people/${cat?.id ?? ''}/disabled`, { disabled: true }],
      ['PUT', `/api/admin/people/${cat?.id ?? ''}/disabled`, { disabled: true, reason: '   ' }],
      ['PUT', `/api/admin/people/${cat?.id ?? ''}/disabled`, { disabled: false, reason: '' }],
      ['POST', `/api/admin/people/${cat?.id ?? ''}/sign-out-everywhere`, {}],
      ['POST', `/api/admin/people/${cat?.id ?? ''}/sign-out-everywhere`, { reason: ' \n ' }],
    ] as const;
    for (const [method, path, body] of attempts) {
      const response = await ada.request(method, path, body);
      expect(response.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(422);
      expect(await response.json()).toEqual({
        error: 'reason must not be empty: say why, for the audit log.',
        field: 'reason',
      });
    }
    const still = await json<{ people: { email: string; disabled: boolean }[] }>(
      await ada.request('GET', '/api/admin/people'),
    );
    expect(still.people.find((p) => p.email === 'cat@example.org')?.disabled).toBe(false);
    const audit = await json<{ entries: { reason: string }[] }>(
      await ada.request('GET', '/api/admin/audit?action=person'),
    );
    expect(audit.entries.every((entry) => entry.reason.trim() !== '')).toBe(true);
  });

  it('filters the audit log by person, kind and dates, pages it, and exports the same rows', async () => {
    const ada = await as('ada@example.org');
    const byKind = await json<{ entries: { action: string }[] }>(
      await ada.request('GET', '/api/admin/audit?action=person'),
    );
    expect(byKind.entries.map((e) => e.action)).toEqual([
      'person.sign-out-everywhere',
      'person.enable',
      'person.disable',
    ]);
    const cats = await json<{ entries: { actorName: string; action: string }[] }>(
      await ada.request('GET', '/api/admin/audit?actor=cat'),
    );
    expect(cats.entries.length).toBeGreaterThan(0);
    expect(new Set(cats.entries.map((e) => e.actorName))).toEqual(new Set(['Cat Contributor']));
    const literal = await json<{ entries: unknown[] }>(
      await ada.request('GET', '/api/admin/audit?actor=%25'),
    );
    expect(literal.entries).toEqual([]);
    const past = await json<{ entries: unknown[] }>(
      await ada.request('GET', '/api/admin/audit?to=2012-01-01'),
    );
    expect(past.entries).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    const all = await json<{ entries: { id: number }[]; nextBefore: number | null }>(
      await ada.request('GET', `/api/admin/audit?from=${today}&actor=ada`),
    );
    expect(all.entries.length).toBeGreaterThanOrEqual(6);
    expect(all.nextBefore).toBeNull();
    const bad = await ada.request('GET', '/api/admin/audit?from=yesterday');
    expect(bad.status).toBe(422);
    const csv = await (
      await ada.request('GET', '/api/admin/audit.csv?action=person.disable')
    ).text();
    expect(csv.trim().split('\r\n')).toHaveLength(2);
    expect(csv).toContain('Left the council');
  });
});

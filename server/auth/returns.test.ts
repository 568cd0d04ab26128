// @vitest-environment node
/**
 * The returns cycle through the real server (createApp + the accounts plugin) on a real database:
 * the issue's journey at the API, and 401/403 on every write endpoint.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAccountsApp, PEOPLE, type AccountsApp } from '../testing/accounts-app';

let house: AccountsApp;

beforeAll(async () => {
  house = await openAccountsApp([PEOPLE.cat, PEOPLE.alf, PEOPLE.otto, PEOPLE.vic, PEOPLE.ada]);
});
afterAll(() => house.close());

const as = (email: string | null) => house.as(email);

const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;
type ReturnBody = {
  return: { status: string; value: number; returnReason: string | null } | null;
  actions: string[];
};

const WRITES: [string, string, unknown][] = [
  ['PUT', '/api/returns/paf-c28', { period: '2012-06', value: 70 }],
  ['POST', '/api/returns/paf-c28/submit?period=2012-06', {}],
  ['POST', '/api/returns/paf-c28/approve?period=2012-06', {}],
  ['POST', '/api/returns/paf-c28/return?period=2012-06', { reason: 'Check it' }],
  ['POST', '/api/indicators/paf-c28/actuals', { period: '2012-06', value: 70 }],
  ['POST', '/api/admin/people', { email: 'x@example.org', name: 'X', grants: [] }],
  ['PUT', '/api/admin/people/x/grants', { grants: [] }],
  ['PUT', '/api/admin/settings', { publicRead: true }],
];

describe('every write endpoint', () => {
  it.each(WRITES)('%s %s signed out → 401', async (method, path, body) => {
    expect((await (await as(null)).request(method, path, body)).status).toBe(401);
  });

  it.each(WRITES)('%s %s by a contributor for another unit → 403', async (method, path, body) => {
    const otto = await as('otto@example.org');
    expect((await otto.request(method, path, body)).status).toBe(403);
  });

  it.each(WRITES)('%s %s with the session but no CSRF token → 403', async (method, path, body) => {
    const cat = await as('cat@example.org');
    cat.csrfToken = null;
    const response = await cat.request(method, path, body);
    expect(response.status).toBe(403);
  });
});

describe('the cycle of a return, as the issue describes it', () => {
  it('contributor enters, approver returns, contributor corrects, approver approves and it is published', async () => {
    const cat = await as('cat@example.org');
    const alf = await as('alf@example.org');

    // A red figure (60% against an 80% target and 70% floor) cannot go without a commentary.
    expect(
      (await cat.request('PUT', '/api/returns/paf-c28', { period: '2012-06', value: 60 })).status,
    ).toBe(200);
    const refused = await cat.request('POST', '/api/returns/paf-c28/submit?period=2012-06');
    expect(refused.status).toBe(422);
    expect(await refused.json()).toEqual({
      error:
        'A red figure needs a commentary saying why and what is being done before it is submitted.',
      field: 'commentary',
    });
    await cat.request('PUT', '/api/returns/paf-c28', {
      period: '2012-06',
      value: 60,
      commentary: 'Two reviewing officers on long-term sick leave.',
    });
    expect((await cat.request('POST', '/api/returns/paf-c28/submit?period=2012-06')).status).toBe(
      200,
    );

    // An activity figure needs none.
    await cat.request('PUT', '/api/returns/fx-library-visits', {
      period: '2012-06',
      value: 530000,
    });
    expect(
      (await cat.request('POST', '/api/returns/fx-library-visits/submit?period=2012-06')).status,
    ).toBe(200);

    // Not published yet: the public detail still ends in May.
    const before = await json<{ observations: { period: string }[] }>(
      await (await as(null)).request('GET', '/api/indicators/paf-c28'),
    );
    expect(before.observations.map((o) => o.period)).not.toContain('2012-06');

    const returned = await alf.request(
      'POST',
      '/api/returns/fx-library-visits/return?period=2012-06',
      {
        reason: 'June visits look high: check the Maidstone counter.',
      },
    );
    expect((await json<ReturnBody>(returned)).return).toMatchObject({
      status: 'returned',
      returnReason: 'June visits look high: check the Maidstone counter.',
    });
    await cat.request('PUT', '/api/returns/fx-library-visits', {
      period: '2012-06',
      value: 512000,
    });
    expect(
      (await cat.request('POST', '/api/returns/fx-library-visits/submit?period=2012-06')).status,
    ).toBe(200);

    for (const id of ['paf-c28', 'fx-library-visits']) {
      const approved = await alf.request('POST', `/api/returns/${id}/approve?period=2012-06`);
      expect(approved.status).toBe(200);
      expect((await json<ReturnBody>(approved)).return?.status).toBe('approved');
    }

    // A viewer now sees June, with its status worked out by the domain.
    const vic = await as('vic@example.org');
    const after = await json<{
      observations: { period: string; value: number }[];
      row: { latestRating: { status: string } };
    }>(await vic.request('GET', '/api/indicators/paf-c28'));
    expect(after.observations.find((o) => o.period === '2012-06')?.value).toBe(60);
    expect(after.row.latestRating.status).toBe('red');
    const visits = await json<{ observations: { period: string; value: number }[] }>(
      await vic.request('GET', '/api/indicators/fx-library-visits'),
    );
    expect(visits.observations.find((o) => o.period === '2012-06')?.value).toBe(512000);

    // And the audit log has every step.
    const ada = await as('ada@example.org');
    const log = await json<{
      entries: { action: string; actorName: string; subject: string; reason: string }[];
    }>(await ada.request('GET', '/api/admin/audit'));
    const steps = log.entries
      .filter((e) => e.action.startsWith('return.'))
      .reverse()
      .map((e) => `${e.actorName} ${e.action} ${e.subject}${e.reason ? ` (${e.reason})` : ''}`);
    expect(steps).toEqual([
      'Cat Contributor return.save paf-c28 kent 2012-06',
      'Cat Contributor return.save paf-c28 kent 2012-06',
      'Cat Contributor return.submit paf-c28 kent 2012-06',
      'Cat Contributor return.save fx-library-visits kent 2012-06',
      'Cat Contributor return.submit fx-library-visits kent 2012-06',
      'Alf Approver return.return fx-library-visits kent 2012-06 (June visits look high: check the Maidstone counter.)',
      'Cat Contributor return.save fx-library-visits kent 2012-06',
      'Cat Contributor return.submit fx-library-visits kent 2012-06',
      'Alf Approver return.approve paf-c28 kent 2012-06',
      'Alf Approver return.approve fx-library-visits kent 2012-06',
    ]);
  });

  it('lists my returns with due dates and what is overdue', async () => {
    const cat = await as('cat@example.org');
    const mine = await json<{
      items: {
        indicatorId: string;
        period: string;
        dueDate: string;
        timing: string;
        actions: string[];
      }[];
    }>(await cat.request('GET', '/api/returns/mine?today=2012-07-30'));
    const c28 = mine.items.filter((i) => i.indicatorId === 'paf-c28');
    expect(c28.map((i) => [i.period, i.dueDate, i.timing])).toEqual([
      ['2012-04', '2012-05-22', 'received'],
      ['2012-05', '2012-06-25', 'received'],
      ['2012-06', '2012-07-20', 'received'],
      ['2012-07', '2012-08-21', 'not-yet-due'],
    ]);
    expect(mine.items.some((i) => i.indicatorId === 'fx-green')).toBe(false);
    const otto = await as('otto@example.org');
    const ottos = await json<{ items: { indicatorId: string; period: string; timing: string }[] }>(
      await otto.request('GET', '/api/returns/mine?today=2012-07-30'),
    );
    expect(
      ottos.items.find((i) => i.indicatorId === 'fx-green' && i.period === '2012-06')?.timing,
    ).toBe('overdue');
  });

  it('keeps published figures private when the administrator turns public reading off', async () => {
    const ada = await as('ada@example.org');
    expect((await ada.request('PUT', '/api/admin/settings', { publicRead: false })).status).toBe(
      200,
    );
    expect((await (await as(null)).request('GET', '/api/indicators/paf-c28')).status).toBe(401);
    expect(
      (await (await as('vic@example.org')).request('GET', '/api/indicators/paf-c28')).status,
    ).toBe(200);
    await ada.request('PUT', '/api/admin/settings', { publicRead: true });
    expect((await (await as(null)).request('GET', '/api/indicators/paf-c28')).status).toBe(200);
  });
});

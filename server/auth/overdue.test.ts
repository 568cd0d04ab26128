// @vitest-environment node
/**
 * The administrators' overdue list over HTTP: every indicator's overdue returns, oldest due first,
 * filtered to a unit and everything below it, a page at a time; 400 for a unit that does not
 * exist, 401 signed out, and a contributor sees only their own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAccountsApp, PEOPLE, type AccountsApp } from '../testing/accounts-app';
import type { TestBrowser } from './test-client';

let house: AccountsApp;

beforeAll(async () => {
  house = await openAccountsApp([PEOPLE.ada, PEOPLE.cat]);
}, 240_000);
afterAll(async () => {
  await house.close();
});

const as = (email: string | null) => house.as(email);
interface Overdue {
  total: number;
  page: number;
  pageCount: number;
  items: { indicatorId: string; period: string; dueDate: string; timing: string }[];
}
const overdue = async (browser: TestBrowser, query: string) => {
  const response = await browser.request('GET', `/api/returns/overdue?today=2012-10-30&${query}`);
  return { status: response.status, body: (await response.json()) as Overdue & { field?: string } };
};

describe('GET /returns/overdue', () => {
  it('lists every indicator’s overdue returns for an administrator, oldest due first', async () => {
    const ada = await as('ada@example.org');
    const all = await overdue(ada, '');
    expect(all.status).toBe(200);
    expect(all.body.total).toBeGreaterThan(3);
    expect(all.body.items.every((item) => item.timing === 'overdue')).toBe(true);
    const due = all.body.items.map((item) => item.dueDate);
    expect(due).toEqual([...due].sort());
    expect(new Set(all.body.items.map((i) => i.indicatorId))).toEqual(
      new Set(['fx-green', 'ni-125', 'ni-141', 'paf-c28', 'fx-library-visits']),
    );
  });

  it('filters to a unit and the units below it', async () => {
    const ada = await as('ada@example.org');
    const unitB = await overdue(ada, 'structure=test-org&node=unit-b');
    expect(new Set(unitB.body.items.map((i) => i.indicatorId))).toEqual(
      new Set(['paf-c28', 'fx-library-visits']),
    );
    expect(unitB.body.total).toBe(unitB.body.items.length);
    const byNodeAlone = await overdue(ada, 'node=unit-b');
    expect(byNodeAlone.body.total).toBe(unitB.body.total);
  });

  it('pages: a page past the end shows the last, and a bad page or unit is a 400 naming it', async () => {
    const ada = await as('ada@example.org');
    const past = await overdue(ada, 'page=9');
    expect(past.body).toMatchObject({ page: 1, pageCount: 1 });
    for (const [query, field] of [
      ['page=0', 'page'],
      ['page=two', 'page'],
      ['structure=test-org&node=nowhere', 'node'],
      ['structure=nowhere', 'structure'],
    ] as const) {
      const answer = await overdue(ada, query);
      expect({ query, status: answer.status, field: answer.body.field }).toEqual({
        query,
        status: 400,
        field,
      });
    }
  });

  it('shows a contributor only their own returns, and nothing signed out', async () => {
    const cat = await as('cat@example.org');
    const mine = await overdue(cat, '');
    expect(new Set(mine.body.items.map((i) => i.indicatorId))).toEqual(
      new Set(['paf-c28', 'fx-library-visits']),
    );
    expect((await overdue(await as(null), '')).status).toBe(401);
  });
});

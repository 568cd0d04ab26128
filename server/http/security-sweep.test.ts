// @vitest-environment node
/**
 * The security sweep of issue 10, against the whole server (createApp + the accounts plugin) on a
 * real database. The write endpoints are read from the app's own route table, so an endpoint
 * added later is covered without anyone remembering to list it here.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { appendAudit } from '../auth/audit';
import { TestBrowser } from '../auth/test-client';
import { openAccountsApp, PEOPLE, TEST_PASSWORD, type AccountsApp } from '../testing/accounts-app';

const NEW_PASSWORD = 'brand new secret phrase 42';
let house: AccountsApp;

beforeAll(async () => {
  house = await openAccountsApp([PEOPLE.ada, PEOPLE.vic, PEOPLE.otto]);
});
afterAll(() => house.close());
afterEach(() => {
  vi.restoreAllMocks();
});

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Writes anyone may make, and why. Everything else must refuse the signed-out and the unentitled. */
const OPEN_WRITES: Record<string, string> = {
  'POST /api/auth/sign-in': 'signing in is how a session starts (it has the origin check)',
  'POST /api/auth/sign-out': 'signing out needs no right; with a session it needs the token',
};

/** Every unsafe method+path the app routes, from Hono's own table (middleware included, deduplicated). */
function writeRoutes(): { method: string; path: string }[] {
  const seen = new Map<string, { method: string; path: string }>();
  for (const route of house.app.routes) {
    if (!UNSAFE.has(route.method)) continue;
    seen.set(`${route.method} ${route.path}`, { method: route.method, path: route.path });
  }
  return [...seen.values()];
}

/** A concrete URL for a route pattern: every parameter becomes an indicator id that exists. */
const concrete = (path: string) =>
  `${path.replace(/:[A-Za-z]+(\{[^}]*\})?/g, 'paf-c28')}?period=2012-06`;

/**
 * One body that satisfies every write's schema (zod objects ignore keys they do not know), so a
 * refusal cannot be a 422 in disguise.
 */
const BODY = {
  period: '2012-06',
  value: 70,
  reason: 'Checked against the source',
  email: 'someone.new@example.org',
  name: 'Someone New',
  grants: [],
  publicRead: true,
  disabled: false,
  year: '2012/13',
  measure: 'target',
  version: 1,
  rule: null,
  mode: 'draft',
  fileName: 'sweep.csv',
  actuals: [{ sheet: 'Actuals', row: 2, indicatorId: 'paf-c28', period: '2012-06', value: 70 }],
};

/**
 * Writes that belong to no one unit, so a contributor for another unit passes the role check and
 * gets the endpoint's own answer (a viewer is still refused): why each is so.
 */
const NOT_UNIT_BOUND: Record<string, string> = {
  'POST /api/benchmark-imports':
    'a benchmark file is nobody’s figures: any contributor, approver or administrator may keep one (ADR 0053)',
  'DELETE /api/benchmark-imports/:id':
    'the importer may remove their own import; a missing one is 404 whoever asks',
  'POST /api/return-batches/:id/undo':
    'the batch’s rows are checked once it is found; a missing batch is 404 whoever asks',
};

const as = (email: string | null) => house.as(email);

describe('every write endpoint, enumerated from the app', () => {
  const routes = () => writeRoutes().filter((r) => !(`${r.method} ${r.path}` in OPEN_WRITES));

  it('finds the endpoints it must guard (the enumeration is not empty or stale)', () => {
    const names = writeRoutes().map((r) => `${r.method} ${r.path}`);
    for (const expected of [
      'POST /api/indicators/:id/actuals',
      'POST /api/admin/people',
      'PUT /api/admin/people/:id/grants',
      'PUT /api/admin/people/:id/disabled',
      'POST /api/admin/people/:id/sign-out-everywhere',
      'PUT /api/admin/settings',
      'PUT /api/admin/indicators/:id/targets',
      'PUT /api/admin/indicators/:id/profile',
      'PUT /api/admin/indicators/:id/due-rule',
      ...Object.keys(OPEN_WRITES),
    ]) {
      expect(names).toContain(expected);
    }
    expect(names.some((name) => name.startsWith('PUT /api/returns/'))).toBe(true);
    console.info(`Guarding ${names.length} write endpoints:\n${names.join('\n')}`);
  });

  it('answers 401 to every write when signed out', async () => {
    const anonymous = await as(null);
    for (const { method, path } of routes()) {
      const response = await anonymous.request(method, concrete(path), BODY);
      expect(response.status, `${method} ${path}`).toBe(401);
    }
  });

  it('answers 403 to every write from a viewer and from a contributor for another unit', async () => {
    for (const email of ['vic@example.org', 'otto@example.org']) {
      const browser = await as(email);
      for (const { method, path } of routes()) {
        if (email === 'otto@example.org' && `${method} ${path}` in NOT_UNIT_BOUND) continue;
        const response = await browser.request(method, concrete(path), BODY);
        expect(response.status, `${email}: ${method} ${path}`).toBe(403);
      }
    }
  });

  it('refuses every write, even an administrator’s, without the CSRF token, with a wrong one, or from another site', async () => {
    const ada = await as('ada@example.org');
    const token = ada.csrfToken ?? '';
    const attempts: [string, Record<string, string>][] = [
      ['no token', { 'x-csrf-token': '' }],
      ['wrong token', { 'x-csrf-token': `${token.slice(0, -2)}xx` }],
      ['foreign Origin', { origin: 'https://evil.example' }],
      ['cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
    ];
    for (const { method, path } of writeRoutes()) {
      for (const [label, headers] of attempts) {
        if (path.endsWith('/auth/sign-in') && label.includes('token')) continue; // no session yet
        const response = await ada.request(method, concrete(path), BODY, headers);
        expect(response.status, `${label}: ${method} ${path}`).toBe(403);
      }
    }
    // The same administrator, with the token and from Ragstone itself, gets through.
    const allowed = await ada.request('PUT', '/api/admin/settings', { publicRead: true });
    expect(allowed.status).toBe(200);
  });
});

describe('sessions', () => {
  it('never adopts a session id the browser arrives with: sign-in issues a new one', async () => {
    const browser = new TestBrowser(house.app, '/api');
    browser.cookie = 'ragstone_session=planted-by-an-attacker-0000000000000000000000';
    await browser.signIn('vic@example.org', TEST_PASSWORD);
    expect(browser.cookie).toMatch(/^ragstone_session=/);
    expect(browser.cookie).not.toContain('planted-by-an-attacker');
    const planted = new TestBrowser(house.app, '/api');
    planted.cookie = 'ragstone_session=planted-by-an-attacker-0000000000000000000000';
    const me = (await (await planted.request('GET', '/api/auth/me')).json()) as { user: unknown };
    expect(me.user).toBeNull();
  });

  it('changes the session id at every sign-in, even for the same person', async () => {
    const browser = await as('vic@example.org');
    const first = browser.cookie;
    await browser.signIn('vic@example.org', TEST_PASSWORD);
    expect(browser.cookie).not.toBe(first);
  });

  it('slows guessing through the whole server: the fourth wrong password waits', async () => {
    const guesser = new TestBrowser(house.app, '/api');
    const statuses = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      statuses.push((await guesser.signIn('otto@example.org', `guess ${attempt}`)).status);
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toContain(429);
  });
});

describe('passwords', () => {
  it('are never logged nor returned, from adding a person to their signing in', async () => {
    const lines: string[] = [];
    const capture = (...args: unknown[]) => {
      lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    };
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation(capture);
    }
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write.bind(stream);
      vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array, ...rest) => {
        lines.push(String(chunk));
        return write(chunk, ...(rest as []));
      });
    }
    const ada = await as('ada@example.org');
    const bodies: string[] = [];
    const keep = async (response: Response) => {
      bodies.push(await response.text());
      return response;
    };
    const added = await keep(
      await ada.request('POST', '/api/admin/people', {
        email: 'pat@example.org',
        name: 'Pat New',
        password: NEW_PASSWORD,
        grants: [{ role: 'viewer' }],
      }),
    );
    expect(added.status).toBe(201);
    const pat = new TestBrowser(house.app, '/api');
    await keep(await pat.signIn('pat@example.org', `${NEW_PASSWORD} typo`));
    await keep(await pat.signIn('pat@example.org', NEW_PASSWORD));
    await keep(await pat.request('GET', '/api/auth/me'));
    await keep(await ada.request('GET', '/api/admin/people'));
    await keep(await ada.request('GET', '/api/admin/audit'));
    await keep(await ada.request('GET', '/api/admin/audit.csv'));
    expect(bodies.join('\n')).toContain('Pat New');
    for (const text of [...bodies, ...lines]) {
      expect(text).not.toContain(NEW_PASSWORD);
      expect(text).not.toMatch(/scrypt\$/);
    }
  });
});

describe('the audit log', () => {
  it('has no route that writes to it, and tampering attempts change nothing', async () => {
    expect(writeRoutes().filter((r) => r.path.includes('audit'))).toEqual([]);
    const ada = await as('ada@example.org');
    const before = await (await ada.request('GET', '/api/admin/audit.csv')).text();
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST']) {
      for (const path of ['/api/admin/audit', '/api/admin/audit/1', '/api/admin/audit.csv']) {
        const response = await ada.request(method, path, { reason: 'tamper' });
        expect(response.status, `${method} ${path}`).toBe(404);
      }
    }
    const after = await (await ada.request('GET', '/api/admin/audit.csv')).text();
    expect(after.endsWith(before.split('\r\n').slice(1).join('\r\n'))).toBe(true);
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    const { sql } = await import('drizzle-orm');
    const db = house.db;
    // A row of its own, so the row triggers have something to refuse whichever tests ran first.
    await appendAudit(db, {
      actor: { id: 'test', name: 'Test' },
      action: 'test.row',
      subject: 'the trigger test',
      address: 'local',
    });
    for (const statement of [
      "UPDATE audit_log SET reason = 'rewritten'",
      'DELETE FROM audit_log',
      'TRUNCATE audit_log',
    ]) {
      await expect(db.execute(sql.raw(statement))).rejects.toThrow();
    }
    const rewritten = await db.execute(
      sql.raw("SELECT id FROM audit_log WHERE reason = 'rewritten'"),
    );
    const remaining = await db.execute(sql.raw('SELECT id FROM audit_log'));
    const rowsOf = (result: unknown): unknown[] =>
      Array.isArray(result) ? (result as unknown[]) : (result as { rows: unknown[] }).rows;
    expect(rowsOf(rewritten)).toHaveLength(0);
    expect(rowsOf(remaining).length).toBeGreaterThan(0);
  });
});

// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { accountsApp } from './index';
import { hashPassword } from './password';
import { makeSignInLimiters } from './routes';
import { SessionStore } from './sessions';
import { ORIGIN, TestBrowser } from './test-client';
import { openTestDatabase, type TestDatabase } from './test-database';
import { createPerson } from './users';

// Creating people through the API hashes at the configured cost; keep it cheap here.
process.env.RAGSTONE_SCRYPT_N = '1024';

const PASSWORD = 'a good long password';
const cheap = { N: 1024, r: 8, p: 1 };
let database: TestDatabase;
let now = 0;
let app: ReturnType<typeof accountsApp>;

beforeAll(async () => {
  database = await openTestDatabase();
  const hash = await hashPassword(PASSWORD, cheap);
  await createPerson(database.db, {
    email: 'ada@example.org',
    name: 'Ada Admin',
    passwordHash: hash,
    grants: [{ role: 'administrator' }],
  });
  await createPerson(database.db, {
    email: 'vic@example.org',
    name: 'Vic Viewer',
    passwordHash: hash,
    grants: [{ role: 'viewer' }],
  });
  await createPerson(database.db, {
    email: 'bruce@example.org',
    name: 'Bruce Force',
    passwordHash: hash,
    grants: [{ role: 'viewer' }],
  });
  app = accountsApp(
    {
      db: database.db,
      sessions: new SessionStore(database.db),
      config: {},
      addressOf: (c) => c.req.header('x-test-peer') ?? '192.0.2.10',
    },
    makeSignInLimiters(() => now),
  );
});
afterAll(async () => {
  await database.close();
});

/** Every write endpoint of the accounts layer, with a body that would otherwise be valid. */
const ADMIN_WRITES: [string, string, unknown][] = [
  ['POST', '/admin/people', { email: 'new@example.org', name: 'New Person', grants: [] }],
  ['PUT', '/admin/people/nobody/grants', { grants: [] }],
  ['PUT', '/admin/settings', { publicRead: false }],
];

describe('signing in and out', () => {
  it('signs in with an HttpOnly, SameSite=Lax cookie and never returns the password or its hash', async () => {
    const browser = new TestBrowser(app);
    const response = await browser.signIn('ADA@example.org', PASSWORD);
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^ragstone_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const text = await response.text();
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain('scrypt');
    const me = await browser.request('GET', '/auth/me');
    const body = (await me.json()) as { user: { name: string } | null; csrfToken: string };
    expect(body.user?.name).toBe('Ada Admin');
    expect(body.csrfToken).toBe(browser.csrfToken);
    expect(JSON.stringify(body)).not.toContain('scrypt');
  });

  it('marks the cookie Secure with the __Host- prefix over HTTPS', async () => {
    const response = await app.request('https://ragstone.test/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://ragstone.test' },
      body: JSON.stringify({ email: 'ada@example.org', password: PASSWORD }),
    });
    expect(response.headers.get('set-cookie')).toMatch(/^__Host-ragstone_session=.*Secure/);
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const a = await new TestBrowser(app).signIn('nobody@example.org', PASSWORD);
    const b = await new TestBrowser(app).signIn('vic@example.org', 'wrong password!!');
    expect([a.status, b.status]).toEqual([401, 401]);
    expect(await a.json()).toEqual(await b.json());
  });

  it('never writes a password to the console', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi.spyOn(console, level),
    );
    await new TestBrowser(app).signIn('vic@example.org', 'secret-wrong-guess');
    await new TestBrowser(app).signIn('vic@example.org', PASSWORD);
    for (const spy of spies) {
      expect(JSON.stringify(spy.mock.calls)).not.toMatch(/secret-wrong-guess|a good long password/);
    }
  });

  it('prevents session fixation: the id a browser arrives with is replaced and stops working', async () => {
    const attacker = new TestBrowser(app);
    await attacker.signIn('vic@example.org', PASSWORD);
    const planted = attacker.cookie;
    const victim = new TestBrowser(app);
    victim.cookie = planted; // the attacker managed to set the victim's cookie
    await victim.signIn('ada@example.org', PASSWORD);
    expect(victim.cookie).not.toBe(planted);
    const old = new TestBrowser(app);
    old.cookie = planted;
    expect(
      ((await (await old.request('GET', '/auth/me')).json()) as { user: unknown }).user,
    ).toBeNull();
  });

  it('signs out: the cookie is cleared and the session revoked on the server', async () => {
    const browser = new TestBrowser(app);
    await browser.signIn('vic@example.org', PASSWORD);
    const kept = browser.cookie;
    expect((await browser.request('POST', '/auth/sign-out')).status).toBe(204);
    const replay = new TestBrowser(app);
    replay.cookie = kept;
    expect(
      ((await (await replay.request('GET', '/auth/me')).json()) as { user: unknown }).user,
    ).toBeNull();
  });

  it('slows brute force: after three failures each guess must wait longer, even a right one', async () => {
    const peer = { 'x-test-peer': '198.51.100.7' };
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const r = await new TestBrowser(app).request(
        'POST',
        '/auth/sign-in',
        { email: 'bruce@example.org', password: `guess ${i} guess` },
        peer,
      );
      statuses.push(r.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const blocked = await new TestBrowser(app).request(
      'POST',
      '/auth/sign-in',
      { email: 'bruce@example.org', password: PASSWORD },
      peer,
    );
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe('1');
    now += 1_000;
    const after = await new TestBrowser(app).request(
      'POST',
      '/auth/sign-in',
      { email: 'bruce@example.org', password: PASSWORD },
      peer,
    );
    expect(after.status).toBe(200);
  });
});

describe('writes need a session, the right role and the CSRF token', () => {
  it.each(ADMIN_WRITES)('%s %s signed out → 401', async (method, path, body) => {
    expect((await new TestBrowser(app).request(method, path, body)).status).toBe(401);
  });

  it.each(ADMIN_WRITES)('%s %s as a viewer → 403', async (method, path, body) => {
    const browser = new TestBrowser(app);
    await browser.signIn('vic@example.org', PASSWORD);
    const response = await browser.request(method, path, body);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'Only administrators can do this.' });
  });

  it.each(ADMIN_WRITES)('%s %s without the CSRF token → 403', async (method, path, body) => {
    const browser = new TestBrowser(app);
    await browser.signIn('ada@example.org', PASSWORD);
    browser.csrfToken = null;
    const response = await browser.request(method, path, body);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { field?: string }).field).toBe('X-CSRF-Token');
  });

  it('refuses a forged form post from another site even with the cookie', async () => {
    const browser = new TestBrowser(app);
    await browser.signIn('ada@example.org', PASSWORD);
    const forged = await browser.request(
      'PUT',
      '/admin/settings',
      { publicRead: false },
      { origin: 'https://evil.example', 'x-csrf-token': 'guess' },
    );
    expect(forged.status).toBe(403);
    const crossSite = await browser.request(
      'PUT',
      '/admin/settings',
      { publicRead: false },
      { 'sec-fetch-site': 'cross-site' },
    );
    expect(crossSite.status).toBe(403);
    const settings = await browser.request('GET', '/admin/settings');
    expect(await settings.json()).toEqual({ publicRead: true });
  });

  it('lets an administrator with the token through, and records it', async () => {
    const browser = new TestBrowser(app);
    await browser.signIn('ada@example.org', PASSWORD);
    const created = await browser.request('POST', '/admin/people', {
      email: 'cat@example.org',
      name: 'Cat Contributor',
      password: 'another long password',
      grants: [{ role: 'contributor', unit: { structureId: 'cc-2012', nodeId: 'libraries' } }],
    });
    expect(created.status).toBe(201);
    expect(await created.text()).not.toMatch(/password|scrypt/);
    const audit = (await (await browser.request('GET', '/admin/audit')).json()) as {
      entries: { action: string; actorName: string; subject: string }[];
    };
    expect(audit.entries[0]).toMatchObject({
      action: 'person.create',
      actorName: 'Ada Admin',
      subject: 'account cat@example.org',
    });
    expect(JSON.stringify(audit)).not.toContain('another long password');
  });

  it('has no way to change or remove audit rows through the API', async () => {
    const browser = new TestBrowser(app);
    await browser.signIn('ada@example.org', PASSWORD);
    type Log = { entries: unknown[] };
    const before = (await (await browser.request('GET', '/admin/audit')).json()) as Log;
    for (const [method, path] of [
      ['PUT', '/admin/audit'],
      ['PATCH', '/admin/audit'],
      ['DELETE', '/admin/audit'],
      ['DELETE', '/admin/audit/1'],
      ['PUT', '/admin/audit/1'],
      ['POST', '/admin/audit'],
    ] as const) {
      const response = await browser.request(method, path, { reason: 'tamper' });
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    const after = (await (await browser.request('GET', '/admin/audit')).json()) as {
      entries: unknown[];
    };
    expect(after.entries.slice(-before.entries.length)).toEqual(before.entries);
  });

  it('exports the audit log as CSV for administrators only', async () => {
    const admin = new TestBrowser(app);
    await admin.signIn('ada@example.org', PASSWORD);
    const csv = await admin.request('GET', '/admin/audit.csv');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect((await csv.text()).split('\r\n')[0]).toBe(
      'id,at,actorId,actorName,action,subject,oldValue,newValue,reason,address',
    );
    const viewer = new TestBrowser(app);
    await viewer.signIn('vic@example.org', PASSWORD);
    expect((await viewer.request('GET', '/admin/audit.csv')).status).toBe(403);
    expect((await new TestBrowser(app).request('GET', '/admin/audit.csv')).status).toBe(401);
  });
});

describe('trusted reverse proxy mode', () => {
  function proxyApp(enabled: boolean) {
    return accountsApp({
      db: database.db,
      sessions: new SessionStore(database.db),
      config: enabled
        ? { trustedProxy: { addresses: ['10.0.0.5'], emailHeader: 'x-forwarded-email' } }
        : {},
      addressOf: (c) => c.req.header('x-test-peer') ?? '',
    });
  }
  const me = async (a: ReturnType<typeof accountsApp>, headers: Record<string, string>) =>
    (
      (await (await a.request(`${ORIGIN}/auth/me`, { headers })).json()) as {
        user: { name: string } | null;
      }
    ).user;

  it('is off by default: the header means nothing', async () => {
    expect(
      await me(proxyApp(false), {
        'x-test-peer': '10.0.0.5',
        'x-forwarded-email': 'ada@example.org',
      }),
    ).toBeNull();
  });

  it('believes the header only from the configured proxy address, and only for known people', async () => {
    const a = proxyApp(true);
    expect(
      (await me(a, { 'x-test-peer': '10.0.0.5', 'x-forwarded-email': 'ada@example.org' }))?.name,
    ).toBe('Ada Admin');
    expect(
      await me(a, { 'x-test-peer': '10.0.0.99', 'x-forwarded-email': 'ada@example.org' }),
    ).toBeNull();
    expect(
      await me(a, { 'x-test-peer': '10.0.0.5', 'x-forwarded-email': 'stranger@example.org' }),
    ).toBeNull();
  });
});

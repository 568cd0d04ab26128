// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntryMatches, auditFilterRules } from '../engine/audit-filter';
import { appendAudit, auditToCsv, csvCell, readAudit } from './audit';
import { hashPassword } from './password';
import { csrfMatches, SessionStore } from './sessions';
import { openTestDatabase, type TestDatabase } from './test-database';
import { createPerson, findByEmail, replaceGrants } from './users';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const meta = { address: '192.0.2.1', userAgent: 'test' };

describe('people', () => {
  it('finds a person by email whatever the case, with their grants', async () => {
    const created = await createPerson(database.db, {
      email: 'Cat.Contributor@Example.org',
      name: 'Cat Contributor',
      passwordHash: await hashPassword('a long password', { N: 1024, r: 8, p: 1 }),
      grants: [{ role: 'contributor', unit: { structureId: 'cc-2012', nodeId: 'libraries' } }],
    });
    const found = await findByEmail(database.db, ' cat.contributor@example.ORG ');
    expect(found?.id).toBe(created.id);
    expect(found?.grants).toEqual([
      { role: 'contributor', unit: { structureId: 'cc-2012', nodeId: 'libraries' } },
    ]);
    await replaceGrants(database.db, created.id, [{ role: 'viewer' }]);
    expect((await findByEmail(database.db, 'cat.contributor@example.org'))?.grants).toEqual([
      { role: 'viewer' },
    ]);
  });

  it('refuses a second account with the same email in another case', async () => {
    await createPerson(database.db, {
      email: 'dup@example.org',
      name: 'A',
      passwordHash: null,
      grants: [],
    });
    await expect(
      createPerson(database.db, {
        email: 'DUP@example.org',
        name: 'B',
        passwordHash: null,
        grants: [],
      }),
    ).rejects.toThrow();
  });

  it('refuses a contributor grant without a unit, in the database itself', async () => {
    await expect(
      database.exec(
        `INSERT INTO role_grants (user_id, role) SELECT id, 'contributor' FROM users LIMIT 1`,
      ),
    ).rejects.toThrow();
  });
});

describe('sessions', () => {
  async function person(email: string) {
    return createPerson(database.db, { email, name: email, passwordHash: null, grants: [] });
  }

  it('stores only digests: neither the session id nor the CSRF token is in the table', async () => {
    const p = await person('digest@example.org');
    const issued = await new SessionStore(database.db).issue(p.id, meta);
    const rows = await database.db.execute(`SELECT * FROM sessions WHERE user_id = '${p.id}'`);
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(issued.id);
    expect(dump).not.toContain(issued.csrfToken);
  });

  it('rotates on sign-in: the id the browser came with stops working (no fixation)', async () => {
    const store = new SessionStore(database.db);
    const p = await person('fixation@example.org');
    const planted = await store.issue(p.id, meta);
    const fresh = await store.issue(p.id, meta, planted.id);
    expect(fresh.id).not.toBe(planted.id);
    expect(await store.resume(planted.id)).toBeNull();
    expect((await store.resume(fresh.id))?.userId).toBe(p.id);
  });

  it('expires after the idle limit and at the absolute limit, and can be revoked', async () => {
    let now = new Date('2026-01-05T09:00:00Z');
    const store = new SessionStore(
      database.db,
      { idleMs: 60 * 60_000, absoluteMs: 3 * 60 * 60_000 },
      () => now,
    );
    const p = await person('expiry@example.org');
    const s = await store.issue(p.id, meta);
    now = new Date('2026-01-05T09:59:00Z');
    expect(await store.resume(s.id)).not.toBeNull();
    now = new Date('2026-01-05T10:58:00Z');
    expect(await store.resume(s.id)).not.toBeNull(); // idle expiry slid forward
    now = new Date('2026-01-05T11:57:00Z');
    expect(await store.resume(s.id)).not.toBeNull();
    now = new Date('2026-01-05T12:01:00Z');
    expect(await store.resume(s.id)).toBeNull(); // three hours at most

    const t = await store.issue(p.id, meta);
    await store.revoke(t.id);
    expect(await store.resume(t.id)).toBeNull();
  });

  it('signs someone out everywhere', async () => {
    const store = new SessionStore(database.db);
    const p = await person('everywhere@example.org');
    const a = await store.issue(p.id, meta);
    const b = await store.issue(p.id, meta);
    expect(await store.revokeAllFor(p.id)).toBe(2);
    expect(await store.resume(a.id)).toBeNull();
    expect(await store.resume(b.id)).toBeNull();
  });

  it('matches the CSRF token of its own session only', async () => {
    const store = new SessionStore(database.db);
    const p = await person('csrf@example.org');
    const a = await store.issue(p.id, meta);
    const b = await store.issue(p.id, meta);
    const live = await store.resume(a.id);
    if (!live) throw new Error('session a should be live');
    expect(csrfMatches(live, a.csrfToken)).toBe(true);
    expect(csrfMatches(live, b.csrfToken)).toBe(false);
    expect(csrfMatches(live, undefined)).toBe(false);
  });
});

describe('the audit log', () => {
  it('keeps what was appended, newest first', async () => {
    await appendAudit(database.db, {
      actor: { id: 'u1', name: 'Cat' },
      action: 'figure.save',
      subject: 'library-visits kent 2012-05',
      old: null,
      new: { value: 71 },
      reason: 'May figure',
      address: '192.0.2.1',
    });
    await appendAudit(database.db, {
      actor: { id: 'u2', name: 'Alf' },
      action: 'figure.return',
      subject: 'library-visits kent 2012-05',
      reason: 'Check April',
      address: '192.0.2.2',
    });
    const [latest, earlier] = await readAudit(database.db, { limit: 2 });
    expect(latest).toMatchObject({
      actorName: 'Alf',
      action: 'figure.return',
      reason: 'Check April',
    });
    expect(earlier).toMatchObject({
      actorName: 'Cat',
      newValue: { value: 71 },
      address: '192.0.2.1',
    });
  });

  it.each([
    'UPDATE audit_log SET reason = $$tampered$$',
    'DELETE FROM audit_log',
    'TRUNCATE audit_log',
  ])('refuses even hand-typed SQL: %s', async (statement) => {
    const before = await readAudit(database.db);
    await expect(database.exec(statement)).rejects.toThrow(/append-only/);
    expect(await readAudit(database.db)).toEqual(before);
  });

  it.each([
    { actor: 'ca' },
    { actor: 'U2' },
    { action: 'FIGURE.S' },
    { action: '50%_' },
    { from: '2000-01-01', to: '2999-12-31' },
    { to: '2000-01-01' },
  ])('the mock service’s reading of %j finds the rows the SQL does', async (filter) => {
    await appendAudit(database.db, {
      actor: { id: 'u3', name: 'Ann 50%_off' },
      action: 'figure.submit',
      subject: 'library-visits kent 2012-06',
      address: '192.0.2.3',
    });
    const all = await readAudit(database.db);
    const rules = auditFilterRules(filter);
    const inMemory = all.filter((entry) => auditEntryMatches(rules, entry)).map((e) => e.id);
    const bySql = (await readAudit(database.db, { filter })).map((e) => e.id);
    expect(bySql).toEqual(inMemory);
  });

  it('exports CSV that a spreadsheet cannot turn into a formula', async () => {
    const csv = auditToCsv(await readAudit(database.db));
    expect(csv.split('\r\n')[0]).toBe(
      'id,at,actorId,actorName,action,subject,oldValue,newValue,reason,address',
    );
    expect(csv).toContain('"{""value"":71}"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-2')).toBe("'-2");
  });
});

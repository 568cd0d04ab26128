/** People and roles, settings and the audit log: administrators only. Every change is audited. */
import { Hono } from 'hono';
import {
  auditQuerySchema,
  auditResponseSchema,
  createPersonRequestSchema,
  peopleResponseSchema,
  replaceGrantsRequestSchema,
  revokeSessionsRequestSchema,
  setDisabledRequestSchema,
  settingsSchema,
} from '@/data/api/contract';
import { appendAudit, auditToCsv, readAudit } from './audit';
import { readJson, unprocessable } from './json-body';
import { requireAdministrator, type AuthDeps, type AuthEnv } from './middleware';
import { hashPassword, passwordProblem } from './password';
import { publicReadEnabled, setPublicRead } from './settings';
import {
  createPerson,
  findByEmail,
  findById,
  listPeople,
  replaceGrants,
  setDisabled,
} from './users';

/** Rows on one page of the audit screen. */
export const AUDIT_PAGE_SIZE = 50;

export function adminRoutes(deps: AuthDeps) {
  const app = new Hono<AuthEnv>();
  app.use('/admin/*', requireAdministrator);

  app.get('/admin/people', async (c) =>
    c.json(peopleResponseSchema.parse({ people: await listPeople(deps.db) })),
  );

  app.post('/admin/people', async (c) => {
    const parsed = createPersonRequestSchema.safeParse(await readJson(c));
    if (!parsed.success) return unprocessable(c, parsed.error.issues[0]);
    const { email, name, password, grants } = parsed.data;
    if (password !== undefined) {
      const problem = passwordProblem(password);
      if (problem) return c.json({ error: problem, field: 'password' }, 422);
    }
    if (await findByEmail(deps.db, email)) {
      return c.json({ error: `${email} already has an account.`, field: 'email' }, 409);
    }
    const actor = c.get('actor');
    const person = await createPerson(
      deps.db,
      {
        email,
        name,
        passwordHash: password === undefined ? null : await hashPassword(password),
        grants,
      },
      async (tx) => {
        if (!actor) return;
        await appendAudit(tx, {
          actor,
          action: 'person.create',
          subject: `account ${email}`,
          // Never the password: only whether the person has one or signs in through the proxy.
          new: { name, grants, signsInWith: password === undefined ? 'proxy' : 'password' },
          address: deps.addressOf(c),
        });
      },
    );
    return c.json(person, 201);
  });

  app.put('/admin/people/:id/grants', async (c) => {
    const parsed = replaceGrantsRequestSchema.safeParse(await readJson(c));
    if (!parsed.success) return unprocessable(c, parsed.error.issues[0]);
    const person = await findById(deps.db, c.req.param('id'));
    if (!person) return c.json({ error: 'There is no such person.', field: 'id' }, 404);
    const actor = c.get('actor');
    await replaceGrants(deps.db, person.id, parsed.data.grants, async (tx) => {
      if (!actor) return;
      await appendAudit(tx, {
        actor,
        action: 'person.grants',
        subject: `account ${person.email}`,
        old: person.grants,
        new: parsed.data.grants,
        reason: parsed.data.reason,
        address: deps.addressOf(c),
      });
    });
    // Rights changed: sessions carry none, but sign them out so the change is felt at once.
    await deps.sessions.revokeAllFor(person.id);
    return c.json(await findById(deps.db, person.id));
  });

  app.put('/admin/people/:id/disabled', async (c) => {
    const parsed = setDisabledRequestSchema.safeParse(await readJson(c));
    if (!parsed.success) return unprocessable(c, parsed.error.issues[0]);
    const person = await findById(deps.db, c.req.param('id'));
    if (!person) return c.json({ error: 'There is no such person.', field: 'id' }, 404);
    const actor = c.get('actor');
    if (actor?.id === person.id && parsed.data.disabled) {
      return c.json({ error: 'You cannot disable your own account.', field: 'id' }, 409);
    }
    await setDisabled(deps.db, person.id, parsed.data.disabled, async (tx) => {
      if (!actor) return;
      await appendAudit(tx, {
        actor,
        action: parsed.data.disabled ? 'person.disable' : 'person.enable',
        subject: `account ${person.email}`,
        old: { disabled: person.disabled },
        new: { disabled: parsed.data.disabled },
        reason: parsed.data.reason,
        address: deps.addressOf(c),
      });
    });
    if (parsed.data.disabled) await deps.sessions.revokeAllFor(person.id);
    return c.json(await findById(deps.db, person.id));
  });

  app.post('/admin/people/:id/sign-out-everywhere', async (c) => {
    const parsed = revokeSessionsRequestSchema.safeParse((await readJson(c)) ?? {});
    if (!parsed.success) return unprocessable(c, parsed.error.issues[0]);
    const person = await findById(deps.db, c.req.param('id'));
    if (!person) return c.json({ error: 'There is no such person.', field: 'id' }, 404);
    const revoked = await deps.sessions.revokeAllFor(person.id);
    const actor = c.get('actor');
    if (actor) {
      await appendAudit(deps.db, {
        actor,
        action: 'person.sign-out-everywhere',
        subject: `account ${person.email}`,
        new: { sessionsEnded: revoked },
        reason: parsed.data.reason,
        address: deps.addressOf(c),
      });
    }
    return c.json({ sessionsEnded: revoked });
  });

  app.get('/admin/audit', async (c) => {
    const query = auditQuerySchema.safeParse(c.req.query());
    if (!query.success) return unprocessable(c, query.error.issues[0]);
    const { before, ...filter } = query.data;
    const rows = await readAudit(deps.db, {
      limit: AUDIT_PAGE_SIZE + 1,
      filter,
      ...(before === undefined ? {} : { before }),
    });
    const entries = rows.slice(0, AUDIT_PAGE_SIZE);
    const last = entries.at(-1);
    return c.json(
      auditResponseSchema.parse({
        entries,
        nextBefore: rows.length > AUDIT_PAGE_SIZE && last ? last.id : null,
      }),
    );
  });

  app.get('/admin/audit.csv', async (c) => {
    const query = auditQuerySchema.safeParse(c.req.query());
    if (!query.success) return unprocessable(c, query.error.issues[0]);
    // Every row the filters select, not one page: `before` does not apply to the export.
    const { actor, action, from, to } = query.data;
    const csv = auditToCsv(
      await readAudit(deps.db, { limit: 10_000, filter: { actor, action, from, to } }),
    );
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="ragstone-audit-log.csv"');
    return c.body(csv);
  });

  app.get('/admin/settings', async (c) =>
    c.json(settingsSchema.parse({ publicRead: await publicReadEnabled(deps.db) })),
  );

  app.put('/admin/settings', async (c) => {
    const parsed = settingsSchema.safeParse(await readJson(c));
    if (!parsed.success) return unprocessable(c, parsed.error.issues[0]);
    const old = await publicReadEnabled(deps.db);
    await setPublicRead(deps.db, parsed.data.publicRead);
    const actor = c.get('actor');
    if (actor) {
      await appendAudit(deps.db, {
        actor,
        action: 'settings.public-read',
        subject: 'settings',
        old: { publicRead: old },
        new: parsed.data,
        address: deps.addressOf(c),
      });
    }
    return c.json(parsed.data);
  });

  return app;
}

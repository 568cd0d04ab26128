/** People and roles, settings and the audit log: administrators only. Every change is audited. */
import { Hono, type Context } from 'hono';
import {
  auditResponseSchema,
  createPersonRequestSchema,
  peopleResponseSchema,
  replaceGrantsRequestSchema,
  settingsSchema,
} from '@/data/api/contract';
import { appendAudit, auditToCsv, readAudit } from './audit';
import { requireAdministrator, type AuthDeps, type AuthEnv } from './middleware';
import { hashPassword, passwordProblem } from './password';
import { publicReadEnabled, setPublicRead } from './settings';
import { createPerson, findByEmail, findById, listPeople, replaceGrants } from './users';

async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json<unknown>();
  } catch {
    return undefined;
  }
}

const unprocessable = (
  c: Context,
  issue: { message: string; path: readonly PropertyKey[] } | undefined,
) =>
  c.json(
    {
      error: issue?.message ?? 'The request was not understood.',
      field: String(issue?.path[0] ?? 'body'),
    },
    422,
  );

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
    const person = await createPerson(deps.db, {
      email,
      name,
      passwordHash: password === undefined ? null : await hashPassword(password),
      grants,
    });
    const actor = c.get('actor');
    if (actor) {
      await appendAudit(deps.db, {
        actor,
        action: 'person.create',
        subject: `account ${person.email}`,
        new: { name: person.name, grants: person.grants },
        address: deps.addressOf(c),
      });
    }
    return c.json(person, 201);
  });

  app.put('/admin/people/:id/grants', async (c) => {
    const parsed = replaceGrantsRequestSchema.safeParse(await readJson(c));
    if (!parsed.success) return unprocessable(c, parsed.error.issues[0]);
    const person = await findById(deps.db, c.req.param('id'));
    if (!person) return c.json({ error: 'There is no such person.', field: 'id' }, 404);
    await replaceGrants(deps.db, person.id, parsed.data.grants);
    const actor = c.get('actor');
    if (actor) {
      await appendAudit(deps.db, {
        actor,
        action: 'person.grants',
        subject: `account ${person.email}`,
        old: person.grants,
        new: parsed.data.grants,
        reason: parsed.data.reason,
        address: deps.addressOf(c),
      });
    }
    // Rights changed: sessions carry none, but sign them out so the change is felt at once.
    await deps.sessions.revokeAllFor(person.id);
    return c.json(await findById(deps.db, person.id));
  });

  app.get('/admin/audit', async (c) => {
    const before = Number(c.req.query('before'));
    const entries = await readAudit(
      deps.db,
      Number.isInteger(before) && before > 0 ? { before } : {},
    );
    return c.json(auditResponseSchema.parse({ entries }));
  });

  app.get('/admin/audit.csv', async (c) => {
    const csv = auditToCsv(await readAudit(deps.db, { limit: 10_000 }));
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

/** /admin/people: the list of accounts, and adding one. Administrators only (admin-routes.ts). */
import type { Context } from 'hono';
import { createPersonRequestSchema, peopleResponseSchema } from '@/data/api/contract';
import { appendAudit } from './audit';
import { readJson, unprocessable } from './json-body';
import type { AuthDeps, AuthEnv } from './middleware';
import { hashPassword, passwordProblem } from './password';
import { accountExists } from './route-messages';
import { createPerson, findByEmail, listPeople } from './users';

/** GET /admin/people */
export async function listPeopleHandler(c: Context<AuthEnv>, deps: AuthDeps) {
  return c.json(peopleResponseSchema.parse({ people: await listPeople(deps.db) }));
}

/** POST /admin/people: 201 with the new person, audited in the same transaction. */
export async function createPersonHandler(c: Context<AuthEnv>, deps: AuthDeps) {
  const parsed = createPersonRequestSchema.safeParse(await readJson(c));
  if (!parsed.success) return unprocessable(c, parsed.error.issues[0]);
  const { email, name, password, grants } = parsed.data;
  if (password !== undefined) {
    const problem = passwordProblem(password);
    if (problem) return c.json({ error: problem, field: 'password' }, 422);
  }
  if (await findByEmail(deps.db, email)) {
    return c.json({ error: accountExists(email), field: 'email' }, 409);
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
}

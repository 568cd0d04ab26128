/**
 * What an administrator changes about one person's access (/admin/people/:id/…): their grants,
 * whether the account is disabled, and signing them out everywhere. Each change is audited and
 * ends the person's sessions where it should be felt at once.
 */
import type { Context } from 'hono';
import {
  replaceGrantsRequestSchema,
  revokeSessionsRequestSchema,
  setDisabledRequestSchema,
} from '@/data/api/contract';
import { appendAudit } from './audit';
import { readJson, unprocessable } from './json-body';
import type { AuthDeps, AuthEnv } from './middleware';
import { findById, replaceGrants, setDisabled } from './users';

type PersonContext<Action extends string> = Context<AuthEnv, `/admin/people/:id/${Action}`>;

const noSuchPerson = (c: Context) =>
  c.json({ error: 'There is no such person.', field: 'id' }, 404);

/** PUT /admin/people/:id/grants */
export async function replaceGrantsHandler(c: PersonContext<'grants'>, deps: AuthDeps) {
  const parsed = replaceGrantsRequestSchema.safeParse(await readJson(c));
  if (!parsed.success) return unprocessable(c, parsed.error.issues[0]);
  const person = await findById(deps.db, c.req.param('id'));
  if (!person) return noSuchPerson(c);
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
}

/** PUT /admin/people/:id/disabled: never one's own account. */
export async function setDisabledHandler(c: PersonContext<'disabled'>, deps: AuthDeps) {
  const parsed = setDisabledRequestSchema.safeParse(await readJson(c));
  if (!parsed.success) return unprocessable(c, parsed.error.issues[0]);
  const person = await findById(deps.db, c.req.param('id'));
  if (!person) return noSuchPerson(c);
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
}

/** POST /admin/people/:id/sign-out-everywhere: how many sessions ended. */
export async function signOutEverywhereHandler(
  c: PersonContext<'sign-out-everywhere'>,
  deps: AuthDeps,
) {
  const parsed = revokeSessionsRequestSchema.safeParse((await readJson(c)) ?? {});
  if (!parsed.success) return unprocessable(c, parsed.error.issues[0]);
  const person = await findById(deps.db, c.req.param('id'));
  if (!person) return noSuchPerson(c);
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
}

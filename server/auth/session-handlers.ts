/** /auth/sign-out and /auth/me: ending this session, and who the session belongs to. */
import type { Context } from 'hono';
import { sessionResponseSchema } from '@/data/api/contract';
import { appendAudit } from './audit';
import { clearSessionCookie, type AuthDeps, type AuthEnv } from './middleware';
import { csrfTokenFor } from './tokens';

/** POST /auth/sign-out: 204 whether or not anyone was signed in. */
export async function signOutHandler(c: Context<AuthEnv>, deps: AuthDeps) {
  const sessionId = c.get('sessionId');
  const actor = c.get('actor');
  if (sessionId !== null) await deps.sessions.revoke(sessionId);
  clearSessionCookie(c);
  if (actor) {
    await appendAudit(deps.db, {
      actor,
      action: 'session.sign-out',
      subject: `account ${actor.email}`,
      address: deps.addressOf(c),
    });
  }
  return c.body(null, 204);
}

/** GET /auth/me: the signed-in person and their CSRF token, or nobody; never cached. */
export function whoAmIHandler(c: Context<AuthEnv>) {
  const actor = c.get('actor');
  const sessionId = c.get('sessionId');
  c.header('Cache-Control', 'no-store');
  return c.json(
    sessionResponseSchema.parse({
      user: actor,
      csrfToken: actor && sessionId ? csrfTokenFor(sessionId) : null,
    }),
  );
}

/**
 * /auth/sign-in, /auth/sign-out, /auth/me. Sign-in answers the same words, after the same work,
 * whether the email is unknown or the password wrong, and is slowed per account and per address.
 */
import { Hono, type Context } from 'hono';
import { sessionResponseSchema, signInRequestSchema } from '@/data/api/contract';
import { appendAudit } from './audit';
import { clearSessionCookie, setSessionCookie, type AuthDeps, type AuthEnv } from './middleware';
import { verifyAgainstNothing, verifyPassword } from './password';
import { ACCOUNT_POLICY, ADDRESS_POLICY, AttemptLimiter } from './rate-limit';
import { csrfTokenFor } from './tokens';
import { findByEmail, normaliseEmail } from './users';

export interface SignInLimiters {
  byAccount: AttemptLimiter;
  byAddress: AttemptLimiter;
}

export const makeSignInLimiters = (now?: () => number): SignInLimiters => ({
  byAccount: new AttemptLimiter(ACCOUNT_POLICY, now),
  byAddress: new AttemptLimiter(ADDRESS_POLICY, now),
});

const NOT_RECOGNISED = 'That email address and password do not match an account.';

async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json<unknown>();
  } catch {
    return undefined;
  }
}

export function authRoutes(deps: AuthDeps, limiters: SignInLimiters = makeSignInLimiters()) {
  const app = new Hono<AuthEnv>();

  app.post('/auth/sign-in', async (c) => {
    const parsed = signInRequestSchema.safeParse(await readJson(c));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return c.json(
        {
          error: issue?.message ?? 'Enter your email address and password.',
          field: String(issue?.path[0] ?? 'body'),
        },
        422,
      );
    }
    const email = normaliseEmail(parsed.data.email);
    const address = deps.addressOf(c);
    const accountKey = `account:${email}`;
    const addressKey = `address:${address}`;
    const verdict = [
      limiters.byAccount.check(accountKey),
      limiters.byAddress.check(addressKey),
    ].find((v) => !v.allowed);
    if (verdict) {
      const seconds = Math.ceil(verdict.retryAfterMs / 1000);
      c.header('Retry-After', String(seconds));
      return c.json(
        {
          error: `Too many attempts to sign in. Wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`,
        },
        429,
      );
    }

    const person = await findByEmail(deps.db, email);
    const ok =
      person?.passwordHash && !person.disabled
        ? await verifyPassword(parsed.data.password, person.passwordHash)
        : await verifyAgainstNothing(parsed.data.password);
    if (!ok || !person) {
      limiters.byAccount.fail(accountKey);
      limiters.byAddress.fail(addressKey);
      await appendAudit(deps.db, {
        actor: { id: person?.id ?? '', name: person?.name ?? '' },
        action: 'session.sign-in-refused',
        subject: `account ${email}`,
        address,
      });
      return c.json({ error: NOT_RECOGNISED }, 401);
    }
    limiters.byAccount.succeed(accountKey);
    // A new session every time: any id the browser arrived with is revoked, never promoted.
    const previous = c.get('sessionId') ?? undefined;
    const issued = await deps.sessions.issue(
      person.id,
      { address, userAgent: c.req.header('user-agent') ?? '' },
      previous,
    );
    setSessionCookie(c, issued.id, issued.expiresAt);
    await appendAudit(deps.db, {
      actor: person,
      action: 'session.sign-in',
      subject: `account ${person.email}`,
      address,
    });
    const body = sessionResponseSchema.parse({
      user: { id: person.id, email: person.email, name: person.name, grants: person.grants },
      csrfToken: issued.csrfToken,
    });
    return c.json(body, 200);
  });

  app.post('/auth/sign-out', async (c) => {
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
  });

  app.get('/auth/me', (c) => {
    const actor = c.get('actor');
    const sessionId = c.get('sessionId');
    c.header('Cache-Control', 'no-store');
    return c.json(
      sessionResponseSchema.parse({
        user: actor,
        csrfToken: actor && sessionId ? csrfTokenFor(sessionId) : null,
      }),
    );
  });

  return app;
}

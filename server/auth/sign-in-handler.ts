/**
 * POST /auth/sign-in. It answers the same words, after the same work, whether the email is unknown
 * or the password wrong, and is slowed per account and per address.
 */
import type { Context } from 'hono';
import { sessionResponseSchema, signInRequestSchema } from '@/data/api/contract';
import { appendAudit } from './audit';
import { readJson } from './json-body';
import { setSessionCookie, type AuthDeps, type AuthEnv } from './middleware';
import { verifyAgainstNothing, verifyPassword } from './password';
import { ACCOUNT_POLICY, ADDRESS_POLICY, AttemptLimiter } from './rate-limit';
import { retryAfterSeconds, tooManySignInAttempts } from './route-messages';
import { findByEmail, normaliseEmail, type StoredPerson } from './users';

export interface SignInLimiters {
  byAccount: AttemptLimiter;
  byAddress: AttemptLimiter;
}

export const makeSignInLimiters = (now?: () => number): SignInLimiters => ({
  byAccount: new AttemptLimiter(ACCOUNT_POLICY, now),
  byAddress: new AttemptLimiter(ADDRESS_POLICY, now),
});

const NOT_RECOGNISED = 'That email address and password do not match an account.';

/** The limiter keys of one attempt: the account asked for and the address asking. */
interface Attempt {
  email: string;
  address: string;
  accountKey: string;
  addressKey: string;
}

/** 429 with Retry-After when either limiter says wait; null when the attempt may go ahead. */
function refuseIfTooSoon(c: Context<AuthEnv>, limiters: SignInLimiters, attempt: Attempt) {
  const verdict = [
    limiters.byAccount.check(attempt.accountKey),
    limiters.byAddress.check(attempt.addressKey),
  ].find((v) => !v.allowed);
  if (!verdict) return null;
  const seconds = retryAfterSeconds(verdict.retryAfterMs);
  c.header('Retry-After', String(seconds));
  return c.json({ error: tooManySignInAttempts(seconds) }, 429);
}

/** The account when the password is right and the account enabled, after the same work if not. */
async function verifiedPerson(deps: AuthDeps, email: string, password: string) {
  const person = await findByEmail(deps.db, email);
  const ok =
    person?.passwordHash && !person.disabled
      ? await verifyPassword(password, person.passwordHash)
      : await verifyAgainstNothing(password);
  return { person, ok };
}

/** A wrong password, an unknown or disabled account: counted against both limiters, audited. */
async function refuseSignIn(
  c: Context<AuthEnv>,
  deps: AuthDeps,
  limiters: SignInLimiters,
  attempt: Attempt,
  person: StoredPerson | null,
) {
  limiters.byAccount.fail(attempt.accountKey);
  limiters.byAddress.fail(attempt.addressKey);
  await appendAudit(deps.db, {
    actor: { id: person?.id ?? '', name: person?.name ?? '' },
    action: 'session.sign-in-refused',
    subject: `account ${attempt.email}`,
    address: attempt.address,
  });
  return c.json({ error: NOT_RECOGNISED }, 401);
}

/** A new session every time: any id the browser arrived with is revoked, never promoted. */
async function startSession(
  c: Context<AuthEnv>,
  deps: AuthDeps,
  limiters: SignInLimiters,
  attempt: Attempt,
  person: StoredPerson,
) {
  limiters.byAccount.succeed(attempt.accountKey);
  const previous = c.get('sessionId') ?? undefined;
  const issued = await deps.sessions.issue(
    person.id,
    { address: attempt.address, userAgent: c.req.header('user-agent') ?? '' },
    previous,
  );
  setSessionCookie(c, issued.id, issued.expiresAt);
  await appendAudit(deps.db, {
    actor: person,
    action: 'session.sign-in',
    subject: `account ${person.email}`,
    address: attempt.address,
  });
  const body = sessionResponseSchema.parse({
    user: { id: person.id, email: person.email, name: person.name, grants: person.grants },
    csrfToken: issued.csrfToken,
  });
  return c.json(body, 200);
}

export async function signInHandler(c: Context<AuthEnv>, deps: AuthDeps, limiters: SignInLimiters) {
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
  const attempt = {
    email,
    address,
    accountKey: `account:${email}`,
    addressKey: `address:${address}`,
  };
  const tooSoon = refuseIfTooSoon(c, limiters, attempt);
  if (tooSoon) return tooSoon;
  const { person, ok } = await verifiedPerson(deps, email, parsed.data.password);
  if (!ok || !person) return refuseSignIn(c, deps, limiters, attempt, person);
  return startSession(c, deps, limiters, attempt, person);
}

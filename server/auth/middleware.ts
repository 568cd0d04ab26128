/**
 * Who is asking: the session cookie (or, when configured, a trusted reverse proxy's headers)
 * becomes `c.var.actor`, and every cookie-authenticated write must carry the session's CSRF
 * token and come from our own origin (docs/decisions/0016-*).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isAdministrator, type RoleGrant } from '@/domain/roles';
import type { AccountsDatabase } from './db';
import { csrfMatches, type SessionStore } from './sessions';
import { findByEmail, findById } from './users';

export interface Actor {
  id: string;
  name: string;
  email: string;
  grants: RoleGrant[];
}

export interface TrustedProxyConfig {
  /** Exact client addresses of the proxy (the socket's peer, never a forwarded header). */
  addresses: readonly string[];
  /** Header carrying the signed-in person's email, e.g. X-Forwarded-Email. */
  emailHeader: string;
}

export interface AuthConfig {
  /** Off (undefined) by default: see docs/authentication.md before turning it on. */
  trustedProxy?: TrustedProxyConfig | undefined;
  /** Origins allowed to write besides the request's own (e.g. the Vite dev server). */
  extraOrigins?: readonly string[];
}

export interface AuthEnv {
  Variables: {
    actor: Actor | null;
    sessionId: string | null;
  };
}

export interface AuthDeps {
  db: AccountsDatabase;
  sessions: SessionStore;
  config: AuthConfig;
  /** The TCP peer's address; the server passes @hono/node-server's getConnInfo. */
  addressOf: (c: Context) => string;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SIGN_IN_PATH = '/auth/sign-in';

export function isSecure(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:';
}

/** `__Host-` binds the cookie to this exact host and path over HTTPS; plain HTTP cannot use it. */
/** The session cookie's name over plain HTTP; over HTTPS it carries the `__Host-` prefix. */
export const SESSION_COOKIE = 'ragstone_session';

export const sessionCookieName = (c: Context): string =>
  isSecure(c) ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;

export function setSessionCookie(c: Context, id: string, expiresAt: Date): void {
  setCookie(c, sessionCookieName(c), id, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isSecure(c),
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, sessionCookieName(c), { path: '/', secure: isSecure(c) });
}

const toActor = (person: {
  id: string;
  name: string;
  email: string;
  grants: RoleGrant[];
}): Actor => ({
  id: person.id,
  name: person.name,
  email: person.email,
  grants: person.grants,
});

/** Sets `actor` and `sessionId` for every request; never refuses anything by itself. */
export function sessionMiddleware(deps: AuthDeps): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    c.set('actor', null);
    c.set('sessionId', null);
    const cookie = getCookie(c, sessionCookieName(c));
    const live = cookie === undefined ? null : await deps.sessions.resume(cookie);
    const person = live ? await findById(deps.db, live.userId) : null;
    if (cookie !== undefined && live && person && !person.disabled) {
      c.set('actor', toActor(person));
      c.set('sessionId', cookie);
    }

    const proxied = proxyEmail(c, deps);
    if (proxied !== null) {
      const current = c.get('actor');
      if (current?.email.toLowerCase() !== proxied.toLowerCase()) {
        // The proxy vouches for someone else (or for someone new): start their own session.
        const known = await findByEmail(deps.db, proxied);
        c.set('actor', null);
        c.set('sessionId', null);
        if (known && !known.disabled) {
          const issued = await deps.sessions.issue(
            known.id,
            { address: deps.addressOf(c), userAgent: c.req.header('user-agent') ?? '' },
            cookie,
          );
          setSessionCookie(c, issued.id, issued.expiresAt);
          c.set('actor', toActor(known));
          c.set('sessionId', issued.id);
        }
      }
    }
    await next();
  };
}

/** The email the trusted proxy passes, only when the request really came from the proxy. */
function proxyEmail(c: Context, deps: AuthDeps): string | null {
  const proxy = deps.config.trustedProxy;
  if (!proxy) return null;
  if (!proxy.addresses.includes(deps.addressOf(c))) return null;
  const email = c.req.header(proxy.emailHeader)?.trim();
  return email === undefined || email === '' ? null : email;
}

/** False when a browser tells us the request was started by another site. */
export function sameOrigin(c: Context, config: AuthConfig): boolean {
  if (c.req.header('sec-fetch-site') === 'cross-site') return false;
  const origin = c.req.header('origin');
  if (origin === undefined) return true; // not a browser, or a same-origin GET
  const own = new URL(c.req.url).origin;
  return origin === own || (config.extraOrigins ?? []).includes(origin);
}

/**
 * For every write: refuse other sites (Origin / Sec-Fetch-Site) and, when the request carries a
 * session, require that session's token in X-CSRF-Token. Sign-in has no session yet, so it gets
 * the origin check alone (which stops a page elsewhere signing a victim into an attacker's account).
 */
export function csrfProtection(deps: AuthDeps): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    if (!UNSAFE.has(c.req.method)) {
      await next();
      return;
    }
    if (!sameOrigin(c, deps.config)) {
      return c.json({ error: 'This request came from another site and was refused.' }, 403);
    }
    const sessionId = c.get('sessionId');
    // Sign-in replaces whatever session the browser holds, so it needs no token from it.
    if (sessionId !== null && !c.req.path.endsWith(SIGN_IN_PATH)) {
      const live = await deps.sessions.resume(sessionId);
      if (!live || !csrfMatches(live, c.req.header('x-csrf-token'))) {
        return c.json(
          {
            error:
              'The form had expired or did not come from Ragstone. Reload the page and try again.',
            field: 'X-CSRF-Token',
          },
          403,
        );
      }
    }
    await next();
  };
}

export const requireSignedIn: MiddlewareHandler<AuthEnv> = async (c, next) => {
  if (c.get('actor') === null) return c.json({ error: 'Sign in to do this.' }, 401);
  await next();
};

export const requireAdministrator: MiddlewareHandler<AuthEnv> = async (c, next) => {
  const actor = c.get('actor');
  if (actor === null) return c.json({ error: 'Sign in to do this.' }, 401);
  if (!isAdministrator(actor)) return c.json({ error: 'Only administrators can do this.' }, 403);
  await next();
};

/** Secrets handed to browsers: 256 random bits each, stored only as SHA-256 digests. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const newToken = (): string => randomBytes(32).toString('base64url');

export const digest = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('base64url');

/** Constant-time comparison of a presented token with a stored digest. */
export function matchesDigest(token: string, storedDigest: string): boolean {
  const a = Buffer.from(digest(token));
  const b = Buffer.from(storedDigest);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The CSRF token of a session, derived from its id so it can be handed out again (GET /auth/me)
 * without being stored. A page on another site cannot read the HttpOnly cookie, so it cannot
 * compute the token; the database holds only the token's digest.
 */
export const csrfTokenFor = (sessionId: string): string => digest(`csrf\u0000${sessionId}`);

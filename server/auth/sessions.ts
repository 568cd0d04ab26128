/**
 * Sessions in the database. The browser holds a random 256-bit id in an HttpOnly cookie; the
 * table holds its SHA-256 only. Each session has an idle limit and an absolute limit, can be
 * revoked (sign-out, or an administrator removing someone), and a new one is issued at every
 * sign-in: an id planted in a browser before sign-in is never promoted (no session fixation).
 */
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { AccountsDatabase } from './db';
import { sessions } from './schema';
import { csrfTokenFor, digest, matchesDigest, newToken } from './tokens';

export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

/** A working day of inactivity, and a week at most, then sign in again. */
export const DEFAULT_SESSION_LIMITS: SessionLimits = {
  idleMs: 8 * 60 * 60_000,
  absoluteMs: 7 * 24 * 60 * 60_000,
};

export interface IssuedSession {
  /** Goes into the cookie; never stored. */
  id: string;
  /** Sent with every write in the X-CSRF-Token header; never stored. */
  csrfToken: string;
  expiresAt: Date;
}

export interface LiveSession {
  userId: string;
  csrfHash: string;
  expiresAt: Date;
}

export interface SessionMeta {
  address: string;
  userAgent: string;
}

export class SessionStore {
  constructor(
    private readonly db: AccountsDatabase,
    private readonly limits: SessionLimits = DEFAULT_SESSION_LIMITS,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Starts a session, revoking the one the browser came with (if any). */
  async issue(userId: string, meta: SessionMeta, replacing?: string): Promise<IssuedSession> {
    if (replacing !== undefined) await this.revoke(replacing);
    const id = newToken();
    const csrfToken = csrfTokenFor(id);
    const now = this.now();
    const expiresAt = new Date(
      now.getTime() + Math.min(this.limits.idleMs, this.limits.absoluteMs),
    );
    await this.db.insert(sessions).values({
      idHash: digest(id),
      userId,
      csrfHash: digest(csrfToken),
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      address: meta.address.slice(0, 100),
      userAgent: meta.userAgent.slice(0, 300),
    });
    return { id, csrfToken, expiresAt };
  }

  /** The session behind a cookie value, sliding its idle expiry; null if unknown, revoked or expired. */
  async resume(id: string): Promise<LiveSession | null> {
    if (id === '' || id.length > 100) return null;
    const now = this.now();
    const [row] = await this.db
      .select()
      .from(sessions)
      .where(
        and(
          eq(sessions.idHash, digest(id)),
          isNull(sessions.revokedAt),
          gt(sessions.expiresAt, now),
        ),
      );
    if (!row) return null;
    const hardStop = row.createdAt.getTime() + this.limits.absoluteMs;
    const expiresAt = new Date(Math.min(now.getTime() + this.limits.idleMs, hardStop));
    // Touch at most once a minute: every read otherwise becomes a write.
    if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
      await this.db
        .update(sessions)
        .set({ lastSeenAt: now, expiresAt })
        .where(eq(sessions.idHash, row.idHash));
    }
    return { userId: row.userId, csrfHash: row.csrfHash, expiresAt };
  }

  async revoke(id: string): Promise<void> {
    await this.db
      .update(sessions)
      .set({ revokedAt: this.now() })
      .where(and(eq(sessions.idHash, digest(id)), isNull(sessions.revokedAt)));
  }

  /** Signs someone out everywhere (removed, disabled, or password changed). */
  async revokeAllFor(userId: string): Promise<number> {
    const revoked = await this.db
      .update(sessions)
      .set({ revokedAt: this.now() })
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
      .returning({ idHash: sessions.idHash });
    return revoked.length;
  }

  /** Removes rows that can no longer be used (run at start-up). */
  async purgeExpired(): Promise<void> {
    await this.db.delete(sessions).where(sql`${sessions.expiresAt} < ${this.now()}`);
  }
}

export const csrfMatches = (session: LiveSession, presented: string | undefined): boolean =>
  presented !== undefined && presented !== '' && matchesDigest(presented, session.csrfHash);

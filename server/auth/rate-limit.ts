/**
 * Slows password guessing: after a few failures for one account, or from one address, every
 * further attempt must wait, and the wait doubles with each failure (1 s, 2 s, 4 s … capped at
 * 15 minutes). Attempts made too early are refused without checking the password, so guessing
 * faster gains nothing. Addresses get more free failures than accounts because a council's
 * staff often share one outgoing address. Kept in memory: a restart forgives, which is
 * acceptable for one server process (a cluster would need a shared store).
 */

export interface RateLimitPolicy {
  freeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures older than this are forgotten. */
  forgetAfterMs: number;
}

export const ACCOUNT_POLICY: RateLimitPolicy = {
  freeFailures: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
};
export const ADDRESS_POLICY: RateLimitPolicy = { ...ACCOUNT_POLICY, freeFailures: 20 };

interface Entry {
  failures: number;
  lastFailureAt: number;
  notBefore: number;
}

export interface Verdict {
  allowed: boolean;
  /** How long to wait before trying again, when not allowed. */
  retryAfterMs: number;
}

export function delayAfter(failures: number, policy: RateLimitPolicy): number {
  const over = failures - policy.freeFailures;
  if (over < 0) return 0;
  return Math.min(policy.baseDelayMs * 2 ** over, policy.maxDelayMs);
}

export class AttemptLimiter {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly policy: RateLimitPolicy,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 100_000,
  ) {}

  check(key: string): Verdict {
    const entry = this.current(key);
    const wait = entry ? entry.notBefore - this.now() : 0;
    return wait > 0 ? { allowed: false, retryAfterMs: wait } : { allowed: true, retryAfterMs: 0 };
  }

  fail(key: string): void {
    const now = this.now();
    const failures = (this.current(key)?.failures ?? 0) + 1;
    if (this.entries.size >= this.maxEntries) this.prune();
    this.entries.set(key, {
      failures,
      lastFailureAt: now,
      notBefore: now + delayAfter(failures, this.policy),
    });
  }

  succeed(key: string): void {
    this.entries.delete(key);
  }

  private current(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && this.now() - entry.lastFailureAt > this.policy.forgetAfterMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private prune(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) {
      if (now - entry.lastFailureAt > this.policy.forgetAfterMs) this.entries.delete(key);
    }
    // Still full under attack: forget the oldest half rather than grow without bound.
    if (this.entries.size >= this.maxEntries) {
      const oldest = [...this.entries].sort((a, b) => a[1].lastFailureAt - b[1].lastFailureAt);
      for (const [key] of oldest.slice(0, Math.ceil(oldest.length / 2))) this.entries.delete(key);
    }
  }
}

/**
 * A token bucket per client: `capacity` requests at once, refilled at `refillPerSecond`. Small and
 * in-process on purpose (one server process; no shared store to run). Buckets idle long enough
 * to be full again are dropped, so memory stays bounded by the clients active in that window.
 */
export interface RateLimitOptions {
  capacity: number;
  refillPerSecond: number;
}

export interface RateLimiter {
  /** Takes a token for `client`; the seconds to wait when there is none, else 0. */
  take(client: string, now?: number): number;
}

export function createRateLimiter({ capacity, refillPerSecond }: RateLimitOptions): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const fullAfterMs = (capacity / refillPerSecond) * 1000;
  let lastSweep = 0;
  return {
    take(client, now = Date.now()) {
      if (now - lastSweep > fullAfterMs) {
        for (const [key, bucket] of buckets) if (now - bucket.at > fullAfterMs) buckets.delete(key);
        lastSweep = now;
      }
      const bucket = buckets.get(client) ?? { tokens: capacity, at: now };
      bucket.tokens = Math.min(
        capacity,
        bucket.tokens + ((now - bucket.at) / 1000) * refillPerSecond,
      );
      bucket.at = now;
      buckets.set(client, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.ceil((1 - bucket.tokens) / refillPerSecond);
    },
  };
}

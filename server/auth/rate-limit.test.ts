// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_POLICY, AttemptLimiter, delayAfter } from './rate-limit';

describe('sign-in attempt limiter', () => {
  it('lets three failures through, then makes each attempt wait 1 s, 2 s, 4 s …', () => {
    let now = 0;
    const limiter = new AttemptLimiter(ACCOUNT_POLICY, () => now);
    const waits: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const verdict = limiter.check('ann@example.org');
      waits.push(verdict.retryAfterMs);
      now += verdict.retryAfterMs;
      limiter.fail('ann@example.org');
    }
    expect(waits).toEqual([0, 0, 0, 1_000, 2_000, 4_000, 8_000]);
  });

  it('refuses an attempt made before the wait is over, and forgives on success', () => {
    let now = 0;
    const limiter = new AttemptLimiter(ACCOUNT_POLICY, () => now);
    for (let i = 0; i < 4; i += 1) limiter.fail('k');
    expect(limiter.check('k')).toEqual({ allowed: false, retryAfterMs: 2_000 });
    now = 1_999;
    expect(limiter.check('k').allowed).toBe(false);
    now = 2_000;
    expect(limiter.check('k').allowed).toBe(true);
    limiter.succeed('k');
    limiter.fail('k');
    expect(limiter.check('k').allowed).toBe(true);
  });

  it('forgets failures after an hour', () => {
    let now = 0;
    const limiter = new AttemptLimiter(ACCOUNT_POLICY, () => now);
    for (let i = 0; i < 10; i += 1) limiter.fail('k');
    now = 60 * 60_000 + 1;
    expect(limiter.check('k').allowed).toBe(true);
  });

  it('keeps memory bounded under a flood of addresses', () => {
    const limiter = new AttemptLimiter(ACCOUNT_POLICY, () => 0, 100);
    for (let i = 0; i < 1_000; i += 1) limiter.fail(`10.0.${i}`);
    expect(limiter.check('10.0.999').allowed).toBe(true); // under the free failures
  });

  it('property: the delay never shrinks as failures grow and never passes the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), (n) => {
        expect(delayAfter(n + 1, ACCOUNT_POLICY)).toBeGreaterThanOrEqual(
          delayAfter(n, ACCOUNT_POLICY),
        );
        expect(delayAfter(n, ACCOUNT_POLICY)).toBeLessThanOrEqual(ACCOUNT_POLICY.maxDelayMs);
      }),
    );
  });
});

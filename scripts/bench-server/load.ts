/**
 * A bounded load generator for loopback only: `concurrency` workers send requests one after
 * another until `seconds` have passed or `maxRequests` were sent, and every latency is kept.
 */
export interface LoadResult {
  requests: number;
  failures: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
}

export interface LoadOptions {
  concurrency: number;
  seconds: number;
  maxRequests: number;
  /** Sends request number `n` and says whether it succeeded; the body must be read in full. */
  send: (n: number) => Promise<boolean>;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

export async function runLoad({
  concurrency,
  seconds,
  maxRequests,
  send,
}: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let sent = 0;
  let failures = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline && sent < maxRequests) {
      const n = sent++;
      const before = performance.now();
      const ok = await send(n).catch(() => false);
      latencies.push(performance.now() - before);
      if (!ok) failures += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    failures,
    seconds: elapsed,
    requestsPerSecond: latencies.length / elapsed,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
  };
}

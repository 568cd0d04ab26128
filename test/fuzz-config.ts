/**
 * Shared settings for the fuzz tests (`*.fuzz.test.ts`). `npm test` runs a few hundred cases each
 * in a few seconds; `npm run fuzz` sets FUZZ_RUNS=10000 for the long run. Seeds are fixed, so a
 * failure repeats exactly; fast-check prints the seed and path to replay it.
 */
const DEFAULT_RUNS = 200;

function runsFromEnv(value: string | undefined): number {
  const runs = Number(value);
  return Number.isInteger(runs) && runs > 0 ? runs : DEFAULT_RUNS;
}

export const FUZZ_RUNS = runsFromEnv(process.env.FUZZ_RUNS);

/** A time limit that grows with the case count: `perRunMs` each, never under 10 s. */
export function fuzzTimeout(perRunMs: number): number {
  return Math.max(10_000, Math.ceil(FUZZ_RUNS * perRunMs));
}

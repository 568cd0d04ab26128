/**
 * The council papers the extraction tests read sit beside the repository (../shared/seeds), not in
 * it, so a fresh clone has none. Suites that need them skip with a title that says so, and read
 * the papers in beforeAll: Vitest runs a skipped suite's body to collect its tests, so reading
 * there would fail with 'file not found' instead of skipping.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openSeed, type SeedDocument } from '../scripts/extract/lib/seed';

// __dirname, not import.meta.url: under jsdom the module URL is not a file: URL.
export const SEEDS_DIR = resolve(__dirname, '../../shared/seeds');
export const hasSeeds = existsSync(SEEDS_DIR);

/** Added to a seed suite's title, so a skipped suite says why: `${title}${SEEDS_NOTE}`. */
export const SEEDS_NOTE = hasSeeds
  ? ''
  : ` (skipped: the council papers are not at ${SEEDS_DIR}; they sit beside the repository in ../shared/seeds)`;

/** Opens a paper once per test file; call it only inside tests and hooks. */
export function seedOpener(): (name: string) => SeedDocument {
  const cache = new Map<string, SeedDocument>();
  return (name) => {
    const document = cache.get(name) ?? openSeed(SEEDS_DIR, name);
    cache.set(name, document);
    return document;
  };
}

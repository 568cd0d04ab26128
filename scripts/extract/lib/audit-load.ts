/** Loads the committed dataset and the council papers for the audit. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSchema, manifestSchema } from '../../../src/data/contract/dataset-schema';
import type { NamedBundle, PaperLines } from './audit-checks';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const defaultSeedsDir =
  process.env.RAGSTONE_SEEDS ?? resolve(projectRoot, '../shared/seeds');
const defaultDatasetDir = join(projectRoot, 'datasets/kent');

export function loadBundles(datasetDir = defaultDatasetDir): NamedBundle[] {
  const manifest = manifestSchema.parse(
    JSON.parse(readFileSync(join(datasetDir, 'manifest.json'), 'utf8')),
  );
  return manifest.files.map((file) => ({
    file,
    bundle: bundleSchema.parse(JSON.parse(readFileSync(join(datasetDir, file), 'utf8'))),
  }));
}

export function paperReader(seedsDir = defaultSeedsDir): PaperLines {
  const cache = new Map<string, string[] | undefined>();
  return (document) => {
    if (!cache.has(document)) {
      const path = join(seedsDir, document);
      // Documents are cited by bare file name; anything else cannot be a paper.
      const ok = /^[\w.-]+\.txt$/.test(document) && existsSync(path);
      cache.set(document, ok ? readFileSync(path, 'utf8').split('\n') : undefined);
    }
    return cache.get(document);
  };
}

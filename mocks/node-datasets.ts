/**
 * Dataset loaders for Node (Vitest). Validating the Kent dataset takes about half a second, paid
 * by every test file, so the assembled result is cached on disk, keyed by the dataset's files and
 * the schema code that validates them; any change to either rebuilds it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDatasetFolder } from '../server/engine/dataset-folder';
import type { AssembledDataset } from './load-dataset-modules';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = join(root, 'node_modules/.cache/ragstone-mocks');
const validators = ['src/data/contract/dataset-schema.ts', 'src/data/contract/assemble-dataset.ts'];

function fingerprint(dir: string): string {
  const hash = createHash('sha1');
  for (const file of validators) hash.update(readFileSync(join(root, file)));
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    hash.update(name).update(readFileSync(join(dir, name)));
  }
  return hash.digest('hex');
}

function isAssembled(value: unknown): value is AssembledDataset {
  return typeof value === 'object' && value !== null && 'dataset' in value && 'problems' in value;
}

export function loadDatasetFromDisk(folder: string): AssembledDataset {
  const dir = join(root, folder);
  const prefix = `${folder.replace(/[^\w]+/g, '-')}-`;
  const cacheFile = join(cacheDir, `${prefix}${fingerprint(dir)}.json`);
  if (existsSync(cacheFile)) {
    const cached: unknown = JSON.parse(readFileSync(cacheFile, 'utf8'));
    if (isAssembled(cached)) return cached;
  }
  const { dataset, problems } = readDatasetFolder(dir);
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Only the newest version of each dataset is worth keeping.
    for (const old of readdirSync(cacheDir).filter((name) => name.startsWith(prefix))) {
      rmSync(join(cacheDir, old), { force: true });
    }
    writeFileSync(cacheFile, JSON.stringify({ dataset, problems }));
  } catch {
    // A read-only checkout just goes without the cache.
  }
  return { dataset, problems };
}

/**
 * Rebuilds the committed Kent dataset from the council papers in ../shared/seeds.
 *   npm run data:extract            writes datasets/kent/
 *   npm run data:extract -- --check  fails if the committed files differ from what the papers give
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSeed, type SeedDocument } from './lib/seed';
import { sources } from './sources';
import { kentManifest } from './manifest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seedsDir = process.env.RAGSTONE_SEEDS ?? resolve(root, '../shared/seeds');
const outDir = join(root, 'datasets/kent');
const isCheck = process.argv.includes('--check');

if (!existsSync(seedsDir)) {
  console.log(
    `data:extract: no council papers at ${seedsDir}; the committed dataset is left as it is.`,
  );
  process.exit(0);
}

const cache = new Map<string, SeedDocument>();
const open = (name: string) => {
  const cached = cache.get(name);
  if (cached) return cached;
  const document = openSeed(seedsDir, name);
  cache.set(name, document);
  return document;
};

const outputs = new Map<string, string>();
for (const source of sources) {
  const bundle = { $schema: '../../../docs/schema/bundle.schema.json', ...source.extract(open) };
  outputs.set(source.file, `${JSON.stringify(bundle, null, 1)}\n`);
}
outputs.set(
  'manifest.json',
  `${JSON.stringify(kentManifest(sources.map((source) => source.file)), null, 1)}\n`,
);

let differences = 0;
mkdirSync(outDir, { recursive: true });
for (const [file, text] of outputs) {
  const path = join(outDir, file);
  if (isCheck) {
    const committed = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (committed !== text) {
      differences += 1;
      console.error(
        `data:extract --check: ${file} differs from what the papers produce; run npm run data:extract`,
      );
    }
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${file}`);
  }
}
if (differences > 0) process.exit(1);
if (isCheck) console.log(`data:extract --check: ${outputs.size} files match the papers.`);

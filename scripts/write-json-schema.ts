/**
 * Publishes the dataset contract as JSON Schema, generated from the zod schemas so the two
 * cannot drift. Dataset files point at these through `$schema`, which gives editors
 * completion and red underlines; `npm run data:check` remains the full check (JSON Schema
 * cannot express cross-file references or "a missing value must say why").
 *   npm run data:schema             writes docs/schema/*.schema.json
 *   npm run data:schema -- --check  fails if the committed files are out of date
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { z } from 'zod';
import { bundleSchema, manifestSchema } from '../src/data/contract/dataset-schema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'docs/schema');
const isCheck = process.argv.includes('--check');

const documents = [
  {
    file: 'manifest.schema.json',
    schema: manifestSchema,
    title: 'Ragstone dataset manifest',
    description:
      'manifest.json at the top of a Ragstone dataset folder: the authority, the dataset version and the bundle files to load. See docs/data-format.md.',
  },
  {
    file: 'bundle.schema.json',
    schema: bundleSchema,
    title: 'Ragstone dataset bundle',
    description:
      'One bundle file of a Ragstone dataset: any of areas, groups, structures, indicators, observations, commentary, notes and comparisonTables. See docs/data-format.md.',
  },
];

let stale = 0;
mkdirSync(outDir, { recursive: true });
for (const { file, schema, title, description } of documents) {
  // 'input' describes what a council writes: fields with defaults may be left out.
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
  const path = join(outDir, file);
  // Formatted as Prettier would, so `npm run lint` and `--check` agree with what is written.
  const text = await format(JSON.stringify({ ...generated, $id: file, title, description }), {
    ...(await resolveConfig(path)),
    filepath: path,
  });
  if (isCheck) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
      stale += 1;
      console.error(
        `data:schema --check: docs/schema/${file} is out of date; run npm run data:schema`,
      );
    }
  } else {
    writeFileSync(path, text);
    console.log(`wrote docs/schema/${file}`);
  }
}
if (stale > 0) process.exitCode = 1;
else if (isCheck)
  console.log(`data:schema --check: ${documents.length} schema files are up to date.`);

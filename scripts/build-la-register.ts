/**
 * Writes src/data/reference/english-local-authorities.json from the real files.
 *   npm run data:register               rebuilds it from ../shared/real-files
 *   npm run data:register -- --check    fails if the committed register differs
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildRegister, registerJson } from './lib/la-register';

const dir = resolve(process.env.REAL_FILES_DIR ?? '../shared/real-files');
const target = resolve('src/data/reference/english-local-authorities.json');
if (!existsSync(dir)) {
  console.error(`The real files are not at ${dir}; set REAL_FILES_DIR to their folder.`);
  process.exit(1);
}
const text = registerJson(buildRegister(dir));
if (process.argv.includes('--check')) {
  const same = existsSync(target) && readFileSync(target, 'utf8') === text;
  console.log(
    same
      ? 'The register matches the real files.'
      : `${target} is out of date: run npm run data:register`,
  );
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(target, text);
  console.log(`Wrote ${target}`);
}

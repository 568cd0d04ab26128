/**
 * Times the shared dataset loader (src/data/contract/assemble-dataset.ts) on a large folder:
 *   npm run data:synth && npx tsx scripts/bench-loader.ts [--dir data/synthetic] [--runs 3]
 * Reading and JSON.parse are timed apart from validation, so a change to either shows on its own.
 * Results are written up in docs/performance.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleDataset, type RawFile } from '../src/data/contract/assemble-dataset';
import { argument } from './lib/cli';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const dir = resolve(root, argument('dir') ?? 'data/synthetic');
const runs = Number(argument('runs') ?? 3);

if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`bench-loader: no dataset at ${dir}. Run \`npm run data:synth\` first.`);
  process.exit(1);
}

function readFiles(): { manifest: RawFile; files: RawFile[] } {
  const manifestContent: unknown = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const names =
    typeof manifestContent === 'object' &&
    manifestContent !== null &&
    'files' in manifestContent &&
    Array.isArray(manifestContent.files)
      ? manifestContent.files.filter((name): name is string => typeof name === 'string')
      : [];
  return {
    manifest: { name: 'manifest.json', content: manifestContent },
    files: names.map((name) => ({
      name,
      content: JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown,
    })),
  };
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
};

const readTimes: number[] = [];
const assembleTimes: number[] = [];
let figures = 0;
let problems = 0;
for (let run = 0; run < runs; run += 1) {
  let started = performance.now();
  const { manifest, files } = readFiles();
  readTimes.push(performance.now() - started);
  started = performance.now();
  const result = assembleDataset(manifest, files);
  assembleTimes.push(performance.now() - started);
  figures = result.dataset?.observations.length ?? 0;
  problems = result.problems.length;
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en-GB')} ms`;
console.log(
  `bench-loader: ${dir}, ${figures.toLocaleString('en-GB')} figures, ${problems} problems, ${runs} runs`,
);
console.log(
  `  read + JSON.parse   median ${ms(median(readTimes))}  (runs: ${readTimes.map(ms).join(', ')})`,
);
console.log(
  `  assembleDataset     median ${ms(median(assembleTimes))}  (runs: ${assembleTimes.map(ms).join(', ')})`,
);
console.log(
  `  total               median ${ms(median(readTimes.map((t, i) => t + (assembleTimes[i] ?? 0))))}`,
);
console.log(
  `  peak RSS            ${Math.round(process.resourceUsage().maxRSS / 1024).toLocaleString('en-GB')} MB`,
);

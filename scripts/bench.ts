/**
 * Times the comparison engine and the indicator-list engine on the synthetic national dataset:
 *   npm run data:synth && npm run bench [-- --runs 30 --dir data/synthetic]
 * Each operation is run a few times to warm up, then timed over repeated runs; the raw timings go
 * to .bench/<date>.json (and .bench/latest.json) and a summary table is printed. The results are
 * written up in docs/performance.md.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiEngine, type ApiEngine } from '../server/engine/engine';
import { comparisonResponseSchema, indicatorListResponseSchema } from '../src/data/api/contract';
import type { ComparisonResponse } from '../src/data/api/contract';
import { rankAreas } from '../src/domain/compare';
import { groupOptions } from '../src/features/compare/comparison-model';
import { buildComparisonView } from '../src/features/compare/comparison-view';
import { argument } from './lib/cli';
import { readDatasetFolder } from '../server/engine/dataset-folder';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const runs = Number(argument('runs') ?? 30);
const warmup = Number(argument('warmup') ?? 3);
const dir = resolve(root, argument('dir') ?? 'data/synthetic');

interface Result {
  name: string;
  what: string;
  runs: number[];
}

function time(
  name: string,
  what: string,
  op: (run: number) => unknown,
  count = runs,
  warm = warmup,
): Result {
  for (let i = 0; i < warm; i += 1) op(-1 - i);
  const timings: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    op(i);
    timings.push(performance.now() - started);
  }
  return { name, what, runs: timings };
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

function summarise(result: Result) {
  const sorted = [...result.runs].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, t) => sum + t, 0) / (sorted.length || 1);
  return {
    name: result.name,
    runs: sorted.length,
    min: sorted[0] ?? Number.NaN,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    mean,
  };
}

if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`bench: no dataset at ${dir}. Run \`npm run data:synth\` first.`);
  process.exit(1);
}

const loadStarted = performance.now();
const folder = readDatasetFolder(dir);
const loadMs = performance.now() - loadStarted;
const dataset = folder.dataset;
if (!dataset) {
  console.error(
    `bench: the dataset at ${dir} could not be loaded: ${folder.problems[0]?.message ?? 'unknown problem'}`,
  );
  process.exit(1);
}
if (!dataset.manifest.synthetic) {
  console.warn(
    'bench: this dataset is not marked synthetic; the figures below are for it, not the synthetic national set.',
  );
}
const authorities = dataset.areas.filter(
  (area) => !['region', 'country', 'average'].includes(area.type),
);
const lead = dataset.manifest.authority.id;
const indicatorIds = dataset.indicators.map((indicator) => indicator.id);
const pick = (run: number) => indicatorIds[Math.abs(run) % indicatorIds.length] ?? 'ni-1';
console.log(
  `bench: ${dataset.manifest.title}\n  ${authorities.length} authorities, ${dataset.indicators.length} indicators, ` +
    `${dataset.observations.length.toLocaleString('en-GB')} figures; loaded and validated in ${(loadMs / 1000).toFixed(1)} s; ${runs} runs per operation.`,
);

const results: Result[] = [];
let engine: ApiEngine = createApiEngine(dataset, folder.problems);

results.push(
  time(
    'engine: build indexes',
    'createApiEngine over the whole dataset',
    () => {
      engine = createApiEngine(dataset, folder.problems);
    },
    Math.min(runs, 10),
    1,
  ),
);

// Cold: a fresh engine each run, so the rows for the latest period are computed, not memoised.
results.push(
  time(
    'list: first request (cold)',
    'indicatorList({}) on a new engine: assess every indicator for the lead',
    () => {
      const fresh = createApiEngine(dataset, folder.problems);
      fresh.indicatorList({});
    },
    Math.min(runs, 10),
    1,
  ),
);
engine = createApiEngine(dataset, folder.problems);
engine.indicatorList({});
results.push(
  time('list: repeat request (warm)', 'indicatorList({}) with rows memoised', () =>
    engine.indicatorList({}),
  ),
);
results.push(
  time('list: text filter', "indicatorList({ q: 'NI 1' })", () =>
    engine.indicatorList({ q: 'NI 1' }),
  ),
);
results.push(
  time('list: status filter', "indicatorList({ status: 'red' })", () =>
    engine.indicatorList({ status: 'red' }),
  ),
);
results.push(
  time(
    'list: another as-at period (cold per period)',
    'indicatorList({ period }) for a month not asked before',
    (run) => {
      const month = 1 + (Math.abs(run) % 12);
      engine.indicatorList({ period: `2010-${String(month).padStart(2, '0')}` });
    },
    12,
    0,
  ),
);
const listBody = engine.indicatorList({});
const listJson = JSON.stringify(listBody.ok ? listBody.body : {});
results.push(
  time(
    'list: client validation',
    `indicatorListResponseSchema.parse of ${(listJson.length / 1e6).toFixed(2)} MB`,
    () => indicatorListResponseSchema.parse(JSON.parse(listJson)),
  ),
);

results.push(
  time(
    'comparison: engine response',
    'engine.comparison(id): one indicator, its series and opening period',
    (run) => engine.comparison(pick(run)),
  ),
);
const sample = engine.comparison('ni-1');
if (!sample.ok) throw new Error('bench: ni-1 has no comparison');
const comparisonJson = JSON.stringify(sample.body);
results.push(
  time(
    'comparison: client validation',
    `comparisonResponseSchema.parse of ${(comparisonJson.length / 1e6).toFixed(2)} MB`,
    () => comparisonResponseSchema.parse(JSON.parse(comparisonJson)),
  ),
);
const response: ComparisonResponse = sample.body;
const national = groupOptions(response, undefined).find((group) => group.kind === 'national');
if (!national) throw new Error('bench: the synthetic dataset has no national group');
const latest = response.periods[response.periods.length - 1] ?? null;
results.push(
  time(
    `comparison: view for ${national.members.length} authorities`,
    'buildComparisonView: pick figures, references, rankAreas, sentence',
    () =>
      buildComparisonView({
        response,
        figures: response.figures.observations,
        lead,
        group: national,
        period: response.figures.period,
        imported: [],
      }),
  ),
);
const figures = authorities.map((area, index) => ({
  areaId: area.id,
  name: area.name,
  value: (index * 7919) % 1000,
  period: latest,
}));
results.push(
  time(
    `rankAreas: ${figures.length} authorities`,
    'rankAreas alone (sort, ties, quartile, sentence)',
    (run) =>
      rankAreas({
        figures,
        leadAreaId: figures[Math.abs(run) % figures.length]?.areaId ?? lead,
        polarity: run % 2 === 0 ? 'higher-is-better' : 'lower-is-better',
        groupPhrase: 'nationally',
        references: [{ label: 'England', value: 500 }],
        unit: { type: 'percent' },
      }),
    Math.max(runs, 200),
  ),
);

const summary = results.map(summarise);
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
mkdirSync(join(root, '.bench'), { recursive: true });
const record = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  dataset: {
    dir,
    title: dataset.manifest.title,
    synthetic: dataset.manifest.synthetic,
    authorities: authorities.length,
    indicators: dataset.indicators.length,
    observations: dataset.observations.length,
    loadMs,
  },
  results: results.map((result, index) => ({ ...result, summary: summary[index] })),
};
writeFileSync(join(root, '.bench', `${stamp}.json`), `${JSON.stringify(record, null, 1)}\n`);
writeFileSync(join(root, '.bench', 'latest.json'), `${JSON.stringify(record, null, 1)}\n`);

const pad = (text: string, width: number) => text.padEnd(width);
const ms = (value: number) =>
  (value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(0)).padStart(9);
console.log(
  `\n${pad('operation', 52)}${'runs'.padStart(6)}${'min ms'.padStart(9)}${'median'.padStart(9)}${'p95'.padStart(9)}${'mean'.padStart(9)}`,
);
for (const row of summary) {
  console.log(
    `${pad(row.name, 52)}${String(row.runs).padStart(6)}${ms(row.min)}${ms(row.median)}${ms(row.p95)}${ms(row.mean)}`,
  );
}
console.log(
  `\nRaw runs: .bench/${stamp}.json (and .bench/latest.json). ${record.cpu}, ${record.cores} cores, Node ${record.node}.`,
);

/**
 * Times the benchmark import on the largest real file (../shared/real-files) and on 20,000 and
 * 100,000 rows:
 *   npm run bench:import
 * In the app the parse and read run in a Web Worker; what the page itself does is build the
 * comparison from the figures. Both are timed here (median of a few runs); the browser's longest
 * main-thread task is measured by test/e2e/bench-import.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ComparisonResponse } from '../src/data/api/contract';
import { assembleComparison } from '../src/data/api/comparison-figures';
import { csvField } from '../src/lib/csv';
import { toColumns } from '../src/features/compare/import/figure-columns';
import { createAreaMatcher } from '../src/features/compare/import/match-area';
import {
  analyseFile,
  defaultChoices,
  readFileFigures,
} from '../src/features/compare/import/read-file';
import { groupOptions, type ImportedSource } from '../src/features/compare/comparison-model';
import { buildComparisonView } from '../src/features/compare/comparison-view';
import { localAuthorityRegister } from '../src/data/reference/local-authorities';

const RUNS = 5;
const dir = resolve(process.env.REAL_FILES_DIR ?? '../shared/real-files');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time<T>(op: () => T): { ms: number; result: T } {
  const timings: number[] = [];
  let result = op();
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    result = op();
    timings.push(performance.now() - start);
  }
  return { ms: median(timings), result };
}

/** 100,000 rows: every English authority × quarters, long layout, with ONS codes. */
function syntheticText(rows: number): string {
  const authorities = localAuthorityRegister().authorities;
  const lines = ['Area code,Area name,Period,Value'];
  for (let i = 0; lines.length <= rows; i += 1) {
    const a = authorities[i % authorities.length];
    if (!a) break;
    const quarter = Math.floor(i / authorities.length);
    const year = 2000 + Math.floor(quarter / 4);
    lines.push(
      [
        a.code,
        a.name,
        `${year}/${String((year + 1) % 100).padStart(2, '0')} Q${(quarter % 4) + 1}`,
        ((i * 7919) % 100000) / 10,
      ]
        // Quoted as the app's CSV writer quotes: "Bournemouth, Christchurch and Poole" stays one field.
        .map(csvField)
        .join(','),
    );
  }
  return lines.join('\n');
}

const emptyResponse = (): ComparisonResponse =>
  assembleComparison(
    {
      indicator: {
        id: 'bench',
        title: 'Bench',
        codes: [],
        kind: 'context',
        polarity: 'higher-is-better',
        unit: { type: 'count' },
        frequency: 'annual',
        rule: { type: 'not-rated', reason: 'context' },
        owners: [],
        provenance: [],
      },
      areas: [],
      groups: [],
      tables: [],
    },
    [],
    'bench',
  );

function bench(label: string, text: string, choose: (m: string[]) => string | undefined) {
  const match = createAreaMatcher([]);
  const analysed = time(() => analyseFile(text));
  const analysis = analysed.result;
  const choices = { ...defaultChoices(analysis), measure: choose(analysis.measures) };
  const read = time(() => readFileFigures(analysis, choices, match));
  const source: ImportedSource = {
    id: 'b',
    fileName: label,
    polarity: 'higher-is-better',
    figures: read.result.figures,
  };
  const response = emptyResponse();
  const groups = groupOptions(response, undefined, [source]);
  const biggest = [...groups].sort((a, b) => b.members.length - a.members.length)[0];
  if (!biggest) throw new Error('no group from the file');
  const periods = [...new Set(read.result.figures.map((f) => f.period))];
  const view = time(() =>
    buildComparisonView({
      response,
      figures: [],
      lead: biggest.members[0] ?? '',
      group: biggest,
      period: periods[periods.length - 1] ?? null,
      imported: [source],
    }),
  );
  const cloneMs = time(() => structuredClone(read.result)).ms;
  const columns = time(() => toColumns(read.result.figures));
  const columnsCloneMs = time(() => structuredClone(columns.result)).ms;
  console.log(
    `${label}: ${analysis.rows.length.toLocaleString('en-GB')} rows → ${read.result.figures.length.toLocaleString('en-GB')} figures; ` +
      `parse+recognise ${analysed.ms.toFixed(0)} ms, read ${read.ms.toFixed(0)} ms (both in the worker); ` +
      `figures to columns ${columns.ms.toFixed(0)} ms (in the worker); ` +
      `on the page: receive as objects ${cloneMs.toFixed(0)} ms (before), as columns ${columnsCloneMs.toFixed(0)} ms (now), ` +
      `comparison for ${biggest.members.length} areas ${view.ms.toFixed(1)} ms`,
  );
}

if (existsSync(dir)) {
  const largest = [
    '01_lginform_nndr_collected_quarterly_london.csv',
    '04_fingertips_Rexport_pm25_mortality_fraction_all_LAs.csv',
    '07_dfe_ees_early_years_provision_2018_2023.csv',
    '09_oflog_asc_outcomes_long_all_LAs.csv',
  ]
    .map((name) => ({ name, size: statSync(join(dir, name)).size }))
    .sort((a, b) => b.size - a.size)[0];
  if (largest)
    bench(
      `${largest.name} (${(largest.size / 1e6).toFixed(2)} MB)`,
      readFileSync(join(dir, largest.name), 'utf8'),
      (m) => m[0],
    );
} else console.log(`Real files not found at ${dir}; only the synthetic file is timed.`);
for (const rows of [20_000, 100_000])
  bench(
    `synthetic long file, ${rows.toLocaleString('en-GB')} rows`,
    syntheticText(rows),
    () => undefined,
  );

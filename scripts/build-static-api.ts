/**
 * Writes the read endpoints as static JSON shards for hosting without a server (run by
 * `npm run build` after `vite build`):
 *   tsx scripts/build-static-api.ts [out-dir]     default dist/api; dataset from RAGSTONE_DATASET or datasets/kent
 * One file per indicator and comparison; indicator rows in one list shard per top-level organisation
 * node (src/data/api/static-shards.ts), with per-period shards holding only the rows a period changes.
 * No file carries the whole dataset. File names come from src/data/api/static-paths.ts.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { periodKindOf, sortPeriodIds } from '../src/domain/periods';
import type { IndicatorDetailResponse, IndicatorRow } from '../src/data/api/contract';
import { isOwnedWithin, subtreeIds } from '../src/data/api/filter-rows';
import { staticPaths } from '../src/data/api/static-paths';
import {
  encodePeriodRows,
  shardScopes,
  slimRow,
  without,
  type ShardScope,
} from '../src/data/api/static-shards';
import { formatProblem, type Dataset } from '../src/data/contract/assemble-dataset';
import { createApiEngine, type ApiEngine } from '../server/engine/engine';
import type { EngineResult } from '../server/engine/engine-result';
import { isMainModule, kb } from './lib/cli';
import { readDatasetFolder } from '../server/engine/dataset-folder';

export interface ShardStats {
  files: number;
  bytes: number;
  largest: { path: string; bytes: number };
  periods: number;
}

/**
 * The 'as at' periods worth a list shard: every month, quarter and financial year with an actual for
 * the authority (among `indicatorIds` when given). Other periods change nothing a reader can use.
 */
function asAtPeriods(dataset: Dataset, indicatorIds?: ReadonlySet<string>): string[] {
  const authority = dataset.manifest.authority.id;
  const periods = new Set<string>();
  for (const o of dataset.observations) {
    if (o.area !== authority || o.measure !== 'actual') continue;
    if (indicatorIds && !indicatorIds.has(o.indicatorId)) continue;
    const kind = periodKindOf(o.period);
    if (kind === 'month' || kind === 'quarter' || kind === 'financial-year') periods.add(o.period);
  }
  return sortPeriodIds([...periods]);
}

const ALL_ROLES = ['lead', 'support', 'reports'] as const;

interface Scope {
  scope: ShardScope | null;
  /** Positions in dataset order of the rows in this scope. */
  positions: number[];
}

/**
 * Each top-level node's rows (every indicator owned anywhere below it, in any role, so scorecards'
 * responsibilities can be built from it), and the rows no structure owns.
 */
function scopesOf(dataset: Dataset, latest: readonly IndicatorRow[]): Scope[] {
  const owned = new Set<number>();
  const scopes: Scope[] = [];
  for (const scope of shardScopes(dataset.structures)) {
    const structure = dataset.structures.find((candidate) => candidate.id === scope.structureId);
    const ids = structure ? subtreeIds(structure, scope.nodeId) : null;
    if (!ids) continue;
    const positions: number[] = [];
    latest.forEach((row, index) => {
      if (!isOwnedWithin(row.indicator, scope.structureId, ids, ALL_ROLES)) return;
      positions.push(index);
      owned.add(index);
    });
    scopes.push({ scope, positions });
  }
  const rest = latest.flatMap((_row, index) => (owned.has(index) ? [] : [index]));
  // Written even when empty: a list for no particular structure always reads it.
  scopes.push({ scope: null, positions: rest });
  return scopes;
}

export function writeStaticApi(engine: ApiEngine, outDir: string): ShardStats {
  const { dataset } = engine;
  const authority = dataset.manifest.authority.id;
  const stats: ShardStats = {
    files: 0,
    bytes: 0,
    largest: { path: '', bytes: 0 },
    periods: 0,
  };
  const write = (path: string, body: unknown) => {
    const target = join(outDir, ...path.split('/').map(decodeURIComponent));
    mkdirSync(dirname(target), { recursive: true });
    const text = JSON.stringify(body);
    writeFileSync(target, text);
    const bytes = Buffer.byteLength(text);
    stats.files += 1;
    stats.bytes += bytes;
    if (bytes > stats.largest.bytes) stats.largest = { path, bytes };
  };
  const expect = <T>(result: EngineResult<T>, what: string): T => {
    if (!result.ok) throw new Error(`build-static-api: ${what}: ${result.body.error}`);
    return result.body;
  };

  write(staticPaths.manifest(), engine.manifest());
  write(staticPaths.organisation(), engine.organisation());

  const latest = engine.rowsAt();
  const scopes = scopesOf(dataset, latest);
  // All top-level nodes of a structure share its periods, so a whole-structure view is complete.
  const periodsFor = new Map<string, string[]>();
  for (const { scope, positions } of scopes) {
    const key = scope?.structureId ?? '';
    const ids = new Set(
      scopes
        .filter((other) => (other.scope?.structureId ?? '') === key)
        .flatMap((other) => other.positions.map((index) => latest[index]?.indicator.id ?? '')),
    );
    if (!periodsFor.has(key)) periodsFor.set(key, asAtPeriods(dataset, ids));
    const periods = periodsFor.get(key) ?? [];
    const pick = (rows: readonly IndicatorRow[]) =>
      positions.flatMap((index) => {
        const row = rows[index];
        return row ? [slimRow(row)] : [];
      });
    const latestRows = pick(latest);
    write(staticPaths.listShard(scope), { periods, positions, rows: latestRows });
    for (const period of periods) {
      write(
        staticPaths.listShard(scope, period),
        encodePeriodRows(latestRows, pick(engine.rowsAt(period)), period),
      );
    }
  }
  stats.periods = new Set([...periodsFor.values()].flat()).size;

  for (const indicator of dataset.indicators) {
    write(
      staticPaths.indicator(indicator.id),
      withoutRowIndicator(expect(engine.indicatorDetail(indicator.id), indicator.id)),
    );
    for (const area of engine.areasWithFigures(indicator.id)) {
      if (area === authority) continue;
      write(
        staticPaths.indicator(indicator.id, area),
        withoutRowIndicator(
          expect(engine.indicatorDetail(indicator.id, area), `${indicator.id} for ${area}`),
        ),
      );
    }
  }

  const comparable = engine.comparableIndicators();
  write(staticPaths.comparableIndicators(), comparable);
  for (const item of comparable.items) {
    const comparison = expect(engine.comparison(item.id), `comparison ${item.id}`);
    write(staticPaths.comparison(item.id), comparison);
    for (const period of comparison.series.periods) {
      write(
        staticPaths.comparisonFigures(item.id, period),
        expect(engine.comparisonFigures(item.id, period), `comparison ${item.id} in ${period}`),
      );
    }
  }
  return stats;
}

/** The detail's row repeats the definition the detail carries in full; the reader puts it back. */
function withoutRowIndicator(detail: IndicatorDetailResponse) {
  return { ...detail, row: without(detail.row, 'indicator') };
}

/** Reads the dataset folder, clears `outDir` and writes every shard; throws when the dataset can't load. */
export function buildStaticApi(
  datasetDir: string,
  outDir: string,
): ShardStats & { problems: number } {
  const { dataset, problems } = readDatasetFolder(datasetDir);
  if (!dataset) {
    const first = problems[0];
    throw new Error(
      `build-static-api: the dataset in ${datasetDir} could not be loaded${first ? `: ${formatProblem(first)}` : ''}`,
    );
  }
  rmSync(outDir, { recursive: true, force: true });
  const engine = createApiEngine(dataset, problems, { writable: false });
  return { ...writeStaticApi(engine, outDir), problems: problems.length };
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (isMainModule(import.meta.url)) {
  const datasetDir = resolve(process.env.RAGSTONE_DATASET ?? join(root, 'datasets/kent'));
  const outDir = resolve(process.argv[2] ?? join(root, 'dist/api'));
  const started = performance.now();
  const stats = buildStaticApi(datasetDir, outDir);
  console.log(
    `build-static-api: wrote ${stats.files.toLocaleString('en-GB')} files (${kb(stats.bytes)}) to ${relative(root, outDir) || outDir} ` +
      `from ${relative(root, datasetDir) || datasetDir} in ${Math.round(performance.now() - started)} ms; ` +
      `${stats.periods} 'as at' periods; largest shard ${stats.largest.path} (${kb(stats.largest.bytes)})` +
      (stats.problems > 0
        ? `; ${stats.problems} dataset problems are listed in manifest.json`
        : '.'),
  );
}

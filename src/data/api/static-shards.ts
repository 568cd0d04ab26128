/**
 * The shapes of the static publication's list shards, shared by the build script (which writes
 * them) and the static client (which reads them). They are a storage format, not the API: the
 * client turns them back into exactly the contract's responses.
 *
 * - Rows are grouped by scope: one shard per top-level node of each organisation structure (a
 *   directorate, or the authority node), plus one for indicators no structure owns. A view fetches
 *   only the scopes it shows; the 2012 dashboard needs one shard, not every indicator.
 * - A row's `indicator` is a summary (no description or polarity reason; the detail shard has the
 *   full definition) and its trend keeps the points the sparkline draws.
 * - A period shard holds only the rows that differ from the scope's latest rows once `asAt` is set
 *   to the period, and of those only the ids of rows with nothing to show yet (`blankRow`); rows
 *   travel without `indicator`, which the latest shard already carries.
 */
import { z } from 'zod';
import type { Indicator, Structure } from '../contract/dataset-schema';
import { periodIdSchema } from '../contract/dataset-schema';
import { assessIndicator } from '@/domain/assess';
import { indicatorRowSchema, type IndicatorListQuery, type IndicatorRow } from './contract';
import { structureFor } from './filter-rows';
import { rawIndicatorId } from './lenient-rows';

/** The sparkline draws at most this many points; a longer trend is cut to its last ones. */
const STATIC_TREND_POINTS = 12;

/** A list shard's scope: a top-level node of a structure (null elsewhere means 'no structure owns it'). */
export interface ShardScope {
  structureId: string;
  nodeId: string;
}

/** Row-level indicator summary: what tables, filters and scorecards read. */
export function indicatorSummary(
  indicator: Omit<Indicator, 'provenance'> & { provenance?: unknown },
): IndicatorRow['indicator'] {
  const { id, title, codes, kind, polarity, unit, frequency, rule, owners } = indicator;
  return { id, title, codes, kind, polarity, unit, frequency, rule, owners };
}

/** A row as a list shard carries it. */
export function slimRow(row: IndicatorRow): IndicatorRow {
  return {
    ...row,
    indicator: indicatorSummary(row.indicator),
    trend: row.trend.slice(-STATIC_TREND_POINTS),
  };
}

export const listShardSchema = z.object({
  /** Periods with a shard of their own for this scope. */
  periods: z.array(periodIdSchema),
  /** Each row's position in the dataset, so rows from several scopes merge in dataset order. */
  positions: z.array(z.number().int().nonnegative()),
  /** Validated row by row (lenient-rows.ts) once merged. */
  rows: z.array(z.unknown()),
});

export const periodShardSchema = z.object({
  period: periodIdSchema,
  /** Indicators with nothing to show as at the period: their row is the one `blankRow` computes. */
  blank: z.array(z.string()),
  rows: z.array(z.looseObject({ id: z.string() })),
});
export type PeriodShard = z.infer<typeof periodShardSchema>;

/** A copy of `value` without `key`. */
export function without<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key)) as Omit<T, K>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const blankBaseSchema = indicatorRowSchema.pick({
  indicator: true,
  commentaryCount: true,
  noteCount: true,
});

/**
 * The row of an indicator with no figures as at `period`: what most indicators are in a period
 * before their first figure. Computed by the same domain code as every row, so writer and reader agree.
 */
function blankRow(
  base: Pick<IndicatorRow, 'indicator' | 'commentaryCount' | 'noteCount'>,
  period: string,
): IndicatorRow {
  return {
    ...assessIndicator(base.indicator, [], period),
    indicator: base.indicator,
    commentaryCount: base.commentaryCount,
    noteCount: base.noteCount,
  };
}

/** The rows at `period` that a reader can't get from the latest rows by setting `asAt`. */
export function encodePeriodRows(
  latest: readonly IndicatorRow[],
  atPeriod: readonly IndicatorRow[],
  period: string,
): PeriodShard {
  const before = new Map(latest.map((row) => [row.indicator.id, row]));
  const rows: PeriodShard['rows'] = [];
  const blank: string[] = [];
  for (const row of atPeriod) {
    const base = before.get(row.indicator.id);
    if (base && same({ ...base, asAt: period }, row)) continue;
    if (base && same(blankRow(base, period), row)) {
      blank.push(row.indicator.id);
      continue;
    }
    const { indicator, ...rest } = row;
    rows.push({ id: indicator.id, ...rest });
  }
  return { period, blank, rows };
}

/** The inverse of encodePeriodRows, on unvalidated rows (they are validated once merged). */
export function decodePeriodRows(latest: readonly unknown[], shard: PeriodShard): unknown[] {
  const changed = new Map(shard.rows.map((row) => [row.id, row]));
  const blank = new Set(shard.blank);
  return latest.map((raw) => {
    const id = rawIndicatorId(raw);
    if (typeof raw !== 'object' || raw === null || id === null) return raw;
    const row = changed.get(id);
    if (row) {
      return { ...without(row, 'id'), indicator: 'indicator' in raw ? raw.indicator : undefined };
    }
    if (blank.has(id)) {
      // Only a row that validates can be recomputed; a broken one stays broken and is rejected.
      const parsed = blankBaseSchema.safeParse(raw);
      if (parsed.success) return blankRow(parsed.data, shard.period);
    }
    return { ...raw, asAt: shard.period };
  });
}

/** The top-level nodes of every structure: the scopes list shards are written for. */
export function shardScopes(structures: readonly Structure[]): ShardScope[] {
  return structures.flatMap((structure) =>
    structure.nodes
      .filter((node) => node.parentId === null)
      .map((node) => ({ structureId: structure.id, nodeId: node.id })),
  );
}

/** The top-level node above `nodeId` (itself when it is one), or null when it is not in the structure. */
export function rootOf(structure: Structure, nodeId: string): string | null {
  const byId = new Map(structure.nodes.map((node) => [node.id, node]));
  const seen = new Set<string>();
  let node = byId.get(nodeId);
  while (node && !seen.has(node.id)) {
    if (node.parentId === null) return node.id;
    seen.add(node.id);
    node = byId.get(node.parentId);
  }
  return null;
}

export const scopeKey = (scope: ShardScope | null) =>
  scope === null ? '' : `${scope.structureId}/${scope.nodeId}`;

/**
 * The list shards a query needs: the top-level node above the requested node, every top-level node
 * of the requested structure, or every shard when the query names neither. Mirrors filterRows, so
 * what it leaves out is what the filter would drop; [] when the structure or node does not exist.
 */
export function scopesFor(
  structures: readonly Structure[],
  params: Pick<IndicatorListQuery, 'structure' | 'node'>,
): (ShardScope | null)[] {
  if (params.structure === undefined && params.node === undefined) {
    return [...shardScopes(structures), null];
  }
  const structure = structureFor(structures, params);
  if (!structure) return [];
  if (params.node === undefined) return shardScopes([structure]);
  const root = rootOf(structure, params.node);
  return root === null ? [] : [{ structureId: structure.id, nodeId: root }];
}

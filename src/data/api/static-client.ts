/**
 * Reads the static publication: the JSON shards `npm run build` writes under `${BASE_URL}api/`
 * (formats in static-shards.ts). List filtering, scorecards and summaries are done here with the
 * same functions the mock server uses, fetching only the shards a view needs; every shard is
 * validated against the contract before anyone sees it. Writes are refused (static-read-only.ts).
 */
import { countStatuses } from '@/domain/aggregate';
import { withoutAssumedProfiles } from '@/domain/profile';
import { scorecardWhat, summaryWhat, type ApiClient } from './api-client';
import { ApiError } from './api-error';
import {
  comparableIndicatorsResponseSchema,
  comparisonFiguresResponseSchema,
  comparisonResponseSchema,
  indicatorDetailResponseSchema,
  indicatorRowSchema,
  manifestResponseSchema,
  organisationResponseSchema,
} from './contract';
import { fetchJson } from './fetch-json';
import { filterRows } from './filter-rows';
import { splitRows } from './lenient-rows';
import { buildScorecard, buildStatusSummary } from './organisation-views';
import { staticPaths } from './static-paths';
import { staticReadOnly } from './static-read-only';
import {
  decodePeriodRows,
  listShardSchema,
  periodShardSchema,
  rootOf,
  scopeKey,
  scopesFor,
  without,
  type ShardScope,
} from './static-shards';

/** A detail shard's row leaves out the definition the shard carries in full (build-static-api.ts). */
const detailShardSchema = indicatorDetailResponseSchema.extend({
  row: indicatorRowSchema.extend({ indicator: indicatorRowSchema.shape.indicator.optional() }),
});

/**
 * Reads the static publication (shard formats in static-shards.ts). Every shard is fetched once per
 * client, and the validated rows of each scope and period are kept, so changing a filter, opening a
 * unit in the same directorate or going back to a period costs no request and no revalidation.
 */
export function createStaticClient(apiBase: string): ApiClient {
  const shared = new Map<string, Promise<unknown>>();
  function once<T>(key: string, load: () => Promise<T>): Promise<T> {
    const cached = shared.get(key) as Promise<T> | undefined;
    if (cached) return cached;
    // A failure is not remembered, so Retry really tries again.
    const promise = load().catch((error: unknown) => {
      shared.delete(key);
      throw error;
    });
    shared.set(key, promise);
    return promise;
  }
  const url = (path: string) => `${apiBase}/${path}`;
  const manifest = () =>
    once('manifest', () =>
      fetchJson(url(staticPaths.manifest()), manifestResponseSchema, {
        what: 'the dataset manifest',
      }),
    );
  const organisation = () =>
    once('organisation', () =>
      fetchJson(url(staticPaths.organisation()), organisationResponseSchema, {
        what: 'the organisation tree',
      }),
    );
  const listShard = (scope: ShardScope | null) =>
    once(staticPaths.listShard(scope), () =>
      fetchJson(url(staticPaths.listShard(scope)), listShardSchema, { what: 'the indicator list' }),
    );

  /** One scope's rows as at `period` (latest when undefined), not yet validated. */
  const scopeRows = async (scope: ShardScope | null, period: string | undefined) => {
    const latest = await listShard(scope);
    if (period === undefined || latest.rows.length === 0)
      return { positions: latest.positions, rows: latest.rows };
    const what = `the indicator list as at ${period}`;
    const path = staticPaths.listShard(scope, period);
    if (!latest.periods.includes(period)) {
      // Only periods with figures get a list file; say so rather than 'not found'.
      throw new ApiError(
        `Could not load ${what}: this static publication has lists only for periods with figures; choose another period or the latest figures.`,
        { kind: 'http', status: 404, url: url(path), field: 'period' },
      );
    }
    const changes = await once(path, () => fetchJson(url(path), periodShardSchema, { what }));
    return { positions: latest.positions, rows: decodePeriodRows(latest.rows, changes) };
  };

  /** The validated rows of some scopes as at a period, merged in dataset order; memoised. */
  const rowsOf = (scopes: readonly (ShardScope | null)[], period: string | undefined) =>
    once(`rows\u0000${period ?? ''}\u0000${scopes.map(scopeKey).join('\u0000')}`, async () => {
      const parts = await Promise.all(scopes.map((scope) => scopeRows(scope, period)));
      const byPosition = new Map<number, unknown>();
      for (const part of parts) {
        part.positions.forEach((position, index) => {
          if (!byPosition.has(position)) byPosition.set(position, part.rows[index]);
        });
      }
      return splitRows(
        [...byPosition.keys()].sort((a, b) => a - b).map((position) => byPosition.get(position)),
      );
    });

  const checkArea = async (area: string | undefined, period: string | undefined) => {
    const authority = (await manifest()).manifest.authority.id;
    if (area !== undefined && area !== authority) {
      throw new ApiError(
        `Could not load the indicator list for ${area}: this static publication lists indicators for ${authority} only.`,
        { kind: 'http', status: 404, url: url(staticPaths.listShard(null, period)), field: 'area' },
      );
    }
  };

  const nodeRows = async (structureId: string, nodeId: string, period: string | undefined) => {
    const { structures } = await organisation();
    const structure = structures.find((candidate) => candidate.id === structureId);
    const root = structure ? rootOf(structure, nodeId) : null;
    if (root === null) {
      throw new ApiError(
        `Could not load ${scorecardWhat(structureId, nodeId)}: there is no such unit.`,
        {
          kind: 'http',
          status: 404,
          url: url(staticPaths.listShard({ structureId, nodeId }, period)),
        },
      );
    }
    return { structures, ...(await rowsOf([{ structureId, nodeId: root }], period)) };
  };

  return {
    transport: 'static',
    manifest,
    organisation,
    async indicatorList(params) {
      const [{ structures }] = await Promise.all([
        organisation(),
        checkArea(params.area, params.period),
      ]);
      const scopes = scopesFor(structures, params);
      const { rows: all, rejected } =
        scopes.length === 0 ? { rows: [], rejected: [] } : await rowsOf(scopes, params.period);
      const rows = filterRows(all, params, structures);
      return { rows, total: rows.length, counts: countStatuses(rows), rejected };
    },
    async indicatorDetail(id, area, signal) {
      // The authority's own figures sit at the indicator's top level; other areas below it.
      const isAuthority = area === undefined || area === (await manifest()).manifest.authority.id;
      const body = await fetchJson(
        url(staticPaths.indicator(id, isAuthority ? undefined : area)),
        detailShardSchema,
        {
          what: `indicator ${id}`,
          signal,
        },
      );
      return {
        ...body,
        row: {
          ...body.row,
          indicator: body.row.indicator ?? without(body.indicator, 'provenance'),
        },
      };
    },
    async scorecard(structureId, nodeId, period, _signal, profiles) {
      const { structures, rows, rejected } = await nodeRows(structureId, nodeId, period);
      const shown = profiles === 'paper' ? rows.map(withoutAssumedProfiles) : rows;
      const scorecard = buildScorecard(structures, shown, structureId, nodeId);
      if (!scorecard)
        throw new ApiError(
          `Could not load ${scorecardWhat(structureId, nodeId)}: there is no such unit.`,
          { kind: 'http', status: 404, url: url(staticPaths.organisation()) },
        );
      return { ...scorecard, rejected };
    },
    async statusSummary(structureId, nodeId, period, _signal, profiles) {
      const { structures, rows } = await nodeRows(structureId, nodeId, period);
      const shown = profiles === 'paper' ? rows.map(withoutAssumedProfiles) : rows;
      const summary = buildStatusSummary(structures, shown, structureId, nodeId, period ?? null);
      if (!summary)
        throw new ApiError(
          `Could not load ${summaryWhat(structureId, nodeId)}: there is no such unit.`,
          { kind: 'http', status: 404, url: url(staticPaths.organisation()) },
        );
      return summary;
    },
    comparableIndicators: (signal) =>
      fetchJson(url(staticPaths.comparableIndicators()), comparableIndicatorsResponseSchema, {
        what: 'the list of comparable indicators',
        signal,
      }),
    comparison: (indicatorId, signal) =>
      fetchJson(url(staticPaths.comparison(indicatorId)), comparisonResponseSchema, {
        what: `the comparison for indicator ${indicatorId}`,
        signal,
      }),
    comparisonFigures: (indicatorId, period, signal) =>
      fetchJson(
        url(staticPaths.comparisonFigures(indicatorId, period)),
        comparisonFiguresResponseSchema,
        { what: `the figures for ${period} of the comparison for ${indicatorId}`, signal },
      ),
    ...staticReadOnly(url),
  };
}

/**
 * The validated indicator rows of the static publication: a scope's list shard (static-shards.ts),
 * moved to a period by that period's shard, merged across scopes in dataset order and kept, so
 * changing a filter or opening a unit in the same directorate costs no request.
 */
import { scorecardWhat } from './api-client';
import { ApiError } from './api-error';
import { fetchJson } from './fetch-json';
import { splitRows } from './lenient-rows';
import { staticPaths } from './static-paths';
import {
  decodePeriodRows,
  listShardSchema,
  periodShardSchema,
  rootOf,
  scopeKey,
  type ShardScope,
} from './static-shards';
import type { StaticSource } from './static-source';

export type StaticRows = ReturnType<typeof staticRows>;

export function staticRows({ url, once, manifest, organisation }: StaticSource) {
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

  /** The publication lists its own authority only: another area is a 404 naming `area`. */
  const checkArea = async (area: string | undefined, period: string | undefined) => {
    const authority = (await manifest()).manifest.authority.id;
    if (area !== undefined && area !== authority) {
      throw new ApiError(
        `Could not load the indicator list for ${area}: this static publication lists indicators for ${authority} only.`,
        { kind: 'http', status: 404, url: url(staticPaths.listShard(null, period)), field: 'area' },
      );
    }
  };

  /** A unit's rows (its top-level node's scope) with the structures, or a 404 for no such unit. */
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

  return { rowsOf, checkArea, nodeRows };
}

/**
 * The indicator list, detail, scorecards and summaries of the static publication, worked out here
 * from its rows with the same functions the mock server uses.
 */
import { countStatuses } from '@/domain/aggregate';
import { withoutAssumedProfiles } from '@/domain/profile';
import { scorecardWhat, summaryWhat, type ApiClient } from './api-client';
import { ApiError } from './api-error';
import { indicatorDetailResponseSchema, indicatorRowSchema } from './contract';
import { fetchJson } from './fetch-json';
import { filterRows } from './filter-rows';
import { buildScorecard, buildStatusSummary } from './organisation-views';
import { staticPaths } from './static-paths';
import type { StaticRows } from './static-rows';
import { scopesFor, without } from './static-shards';
import type { StaticSource } from './static-source';

/** A detail shard's row leaves out the definition the shard carries in full (build-static-api.ts). */
const detailShardSchema = indicatorDetailResponseSchema.extend({
  row: indicatorRowSchema.extend({ indicator: indicatorRowSchema.shape.indicator.optional() }),
});

type StaticIndicatorReads = Pick<
  ApiClient,
  'indicatorList' | 'indicatorDetail' | 'scorecard' | 'statusSummary'
>;

export function staticIndicatorReads(
  { url, manifest, organisation }: StaticSource,
  { rowsOf, checkArea, nodeRows }: StaticRows,
): StaticIndicatorReads {
  return {
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
  };
}

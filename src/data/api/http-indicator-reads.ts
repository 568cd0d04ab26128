/** The published figures over HTTP: the manifest, the organisation, the indicator list and detail, scorecards and summaries. */
import { scorecardWhat, summaryWhat, type ApiClient } from './api-client';
import {
  apiPaths,
  indicatorDetailResponseSchema,
  manifestResponseSchema,
  organisationResponseSchema,
  statusSummaryResponseSchema,
} from './contract';
import { fetchJson } from './fetch-json';
import type { HttpContext } from './http-context';
import { lenientIndicatorListSchema, lenientScorecardSchema, splitRows } from './lenient-rows';
import { toQueryString } from './query-string';

type IndicatorReads = Pick<
  ApiClient,
  'manifest' | 'organisation' | 'indicatorList' | 'indicatorDetail' | 'scorecard' | 'statusSummary'
>;

export function httpIndicatorReads({ url }: HttpContext): IndicatorReads {
  return {
    manifest: (signal) =>
      fetchJson(url(apiPaths.manifest()), manifestResponseSchema, {
        what: 'the dataset manifest',
        signal,
      }),
    organisation: (signal) =>
      fetchJson(url(apiPaths.organisation()), organisationResponseSchema, {
        what: 'the organisation tree',
        signal,
      }),
    indicatorList: async (params, signal) => {
      const body = await fetchJson(
        url(apiPaths.indicators(), toQueryString(params)),
        lenientIndicatorListSchema,
        {
          what: 'the indicator list',
          signal,
        },
      );
      return { ...body, ...(await splitRows(body.rows)) };
    },
    indicatorDetail: (id, area, signal) =>
      fetchJson(
        url(apiPaths.indicator(id), toQueryString({ area })),
        indicatorDetailResponseSchema,
        {
          what: `indicator ${id}`,
          signal,
        },
      ),
    scorecard: async (structureId, nodeId, period, signal, profiles) => {
      const body = await fetchJson(
        url(apiPaths.scorecard(structureId, nodeId), toQueryString({ period, profiles })),
        lenientScorecardSchema,
        {
          what: scorecardWhat(structureId, nodeId),
          signal,
        },
      );
      return { ...body, ...(await splitRows(body.rows)) };
    },
    statusSummary: (structureId, nodeId, period, signal, profiles) =>
      fetchJson(
        url(apiPaths.statusSummary(structureId, nodeId), toQueryString({ period, profiles })),
        statusSummaryResponseSchema,
        {
          what: summaryWhat(structureId, nodeId),
          signal,
        },
      ),
  };
}

/**
 * One query-options factory per API resource. Keys run from general to specific, so
 * `invalidateQueries({ queryKey: ['indicators'] })` reaches every list and detail, and the same
 * data asked for twice (same params) is one cache entry and one request.
 * Query functions validate responses with the contract schemas: bad data is an error state.
 */
import { queryOptions } from '@tanstack/react-query';
import type { IndicatorListQuery } from './contract';
import type { IndicatorListResult } from './lenient-rows';
import type { Structure } from '@/data/contract/dataset-schema';
import type { ProfileChoice } from '@/domain/profile';
import { withApiClient } from './client';

/** The list query with empty values removed, so `{ q: '' }` and `{}` share one cache entry. */
function normaliseListParams(params: IndicatorListQuery): IndicatorListQuery {
  const set = (value: string | undefined) =>
    value === undefined || value.trim() === '' ? undefined : value;
  const entries = {
    structure: set(params.structure),
    node: set(params.node),
    framework: params.framework,
    status: params.status,
    kind: params.kind,
    q: set(params.q)?.trim(),
    period: set(params.period),
    area: set(params.area),
    profiles: params.profiles,
  } satisfies Record<keyof IndicatorListQuery, string | undefined>;
  const result: IndicatorListQuery = {};
  // Undefined keys are left out so keys compare equal however the caller built the object.
  for (const [key, value] of Object.entries(entries)) {
    if (value !== undefined) Object.assign(result, { [key]: value });
  }
  return result;
}

export const queryKeys = {
  manifest: () => ['manifest'] as const,
  organisation: () => ['organisation'] as const,
  indicators: () => ['indicators'] as const,
  indicatorLists: () => ['indicators', 'list'] as const,
  indicatorList: (params: IndicatorListQuery) =>
    ['indicators', 'list', normaliseListParams(params)] as const,
  indicatorDetails: () => ['indicators', 'detail'] as const,
  /** `area` left out is the dataset's own authority, whatever its id. */
  indicatorDetail: (id: string, area?: string) =>
    ['indicators', 'detail', id, area ?? null] as const,
  history: (id: string, area?: string) => ['indicators', 'history', id, area ?? null] as const,
  scorecards: () => ['scorecard'] as const,
  scorecard: (
    structureId: string,
    nodeId: string,
    period: string | null,
    profiles: ProfileChoice | null = null,
  ) => ['scorecard', structureId, nodeId, period, profiles] as const,
  statusSummaries: () => ['status-summary'] as const,
  statusSummary: (
    structureId: string,
    nodeId: string,
    period: string | null,
    profiles: ProfileChoice | null = null,
  ) => ['status-summary', structureId, nodeId, period, profiles] as const,
  compare: () => ['compare'] as const,
  comparableIndicators: () => ['compare', 'list'] as const,
  comparison: (indicatorId: string) => ['compare', 'detail', indicatorId] as const,
  comparisonFigures: (indicatorId: string, period: string) =>
    ['compare', 'detail', indicatorId, 'figures', period] as const,
  benchmarkImports: () => ['benchmark-imports'] as const,
} as const;

export function manifestQuery() {
  return queryOptions({
    queryKey: queryKeys.manifest(),
    queryFn: ({ signal }) => withApiClient((api) => api.manifest(signal)),
  });
}

export function organisationQuery() {
  return queryOptions({
    queryKey: queryKeys.organisation(),
    queryFn: ({ signal }) => withApiClient((api) => api.organisation(signal)),
  });
}

export function indicatorListQuery(params: IndicatorListQuery = {}) {
  const normalised = normaliseListParams(params);
  return queryOptions({
    queryKey: queryKeys.indicatorList(normalised),
    queryFn: ({ signal }) => withApiClient((api) => api.indicatorList(normalised, signal)),
  });
}

/**
 * What a page draws of a list, kept under the lists' key prefix (so whatever refreshes indicators
 * refreshes it) and named by `view`. It asks the API for the list itself, not through the cache, so
 * a page drawn ahead of time carries only the digest in its data (ADR 0096, 0098).
 */
export function listDigestQuery<T>(
  view: string,
  params: IndicatorListQuery,
  digest: (list: IndicatorListResult, structure: Structure | undefined) => T,
) {
  const normalised = normaliseListParams(params);
  return queryOptions({
    queryKey: [...queryKeys.indicators(), view, normalised] as const,
    queryFn: async ({ client, signal }) => {
      const [list, organisation] = await Promise.all([
        withApiClient((api) => api.indicatorList(normalised, signal)),
        client.query(organisationQuery()),
      ]);
      const structure = organisation.structures.find(
        (candidate) => candidate.id === normalised.structure,
      );
      return digest(list, structure);
    },
  });
}

/**
 * Spread into the options of a query a page needs only below its first view, e.g. the returns
 * template's whole indicator list: a page rendered ahead of time (ADR 0086) leaves it out rather
 * than carry every shard's rows, and the browser asks for it after hydrating, as before.
 */
export const afterFirstView = { meta: { afterFirstView: true } } as const;

/**
 * Spread into the options of a query whose answer belongs to the person signed in (their returns,
 * the returns in progress, the administrator's pages): on a change of session it is dropped, and
 * it is never asked for again signed out, where the server answers 401 (session-mutations.ts).
 */
export const personal = { meta: { personal: true } } as const;

export const isPersonal = (query: { meta?: Record<string, unknown> }) =>
  query.meta?.personal === true;

/** `area` left out: the dataset's authority, as the API answers. */
export function indicatorDetailQuery(id: string, area?: string) {
  return queryOptions({
    queryKey: queryKeys.indicatorDetail(id, area),
    queryFn: ({ signal }) => withApiClient((api) => api.indicatorDetail(id, area, signal)),
  });
}

export function scorecardQuery(
  structureId: string,
  nodeId: string,
  period?: string,
  profiles?: ProfileChoice,
) {
  return queryOptions({
    queryKey: queryKeys.scorecard(structureId, nodeId, period ?? null, profiles ?? null),
    queryFn: ({ signal }) =>
      withApiClient((api) => api.scorecard(structureId, nodeId, period, signal, profiles)),
  });
}

export function statusSummaryQuery(
  structureId: string,
  nodeId: string,
  period?: string,
  profiles?: ProfileChoice,
) {
  return queryOptions({
    queryKey: queryKeys.statusSummary(structureId, nodeId, period ?? null, profiles ?? null),
    queryFn: ({ signal }) =>
      withApiClient((api) => api.statusSummary(structureId, nodeId, period, signal, profiles)),
  });
}

export function comparableIndicatorsQuery() {
  return queryOptions({
    queryKey: queryKeys.comparableIndicators(),
    queryFn: ({ signal }) => withApiClient((api) => api.comparableIndicators(signal)),
  });
}

export function comparisonQuery(indicatorId: string) {
  return queryOptions({
    queryKey: queryKeys.comparison(indicatorId),
    queryFn: ({ signal }) => withApiClient((api) => api.comparison(indicatorId, signal)),
  });
}

/** One period's figures of a comparison, for a period other than the one it opened on. */
export function comparisonFiguresQuery(indicatorId: string, period: string) {
  return queryOptions({
    queryKey: queryKeys.comparisonFigures(indicatorId, period),
    queryFn: ({ signal }) =>
      withApiClient((api) => api.comparisonFigures(indicatorId, period, signal)),
  });
}

/**
 * The benchmark imports a server keeps (null: it keeps none). A query, so the server draws the
 * compare page with them and the browser does not load the API client to ask again (ADR 0093).
 */
export function benchmarkImportsQuery() {
  return queryOptions({
    queryKey: queryKeys.benchmarkImports(),
    queryFn: ({ signal }) => withApiClient((api) => api.benchmarkImports(signal)),
  });
}

/** The changes made in Ragstone to one indicator's figures for an area, newest first. */
export function historyQuery(id: string, area?: string) {
  return queryOptions({
    queryKey: queryKeys.history(id, area),
    queryFn: ({ signal }) => withApiClient((api) => api.history(id, area, signal)),
  });
}

/** Every view a newly recorded or approved figure can change, to refetch after the write. */
export const figureViewKeys = () =>
  [
    queryKeys.indicators(),
    queryKeys.scorecards(),
    queryKeys.statusSummaries(),
    queryKeys.compare(),
    queryKeys.manifest(),
  ] as const;

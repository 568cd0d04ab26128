/**
 * The API client behind every query: one interface, three transports.
 * - 'msw' and 'http' send the contract's requests to `apiBase` (the mock service worker or a real server);
 * - 'static' reads the JSON shards `npm run build` writes under `${BASE_URL}api/` and does the list
 *   filtering, scorecards and summaries in the browser with the same functions the mock server
 *   uses, fetching only the shards a view needs. Writes are refused.
 * Every response is validated against the contract schema before anyone sees it.
 */
import { countStatuses } from '@/domain/aggregate';
import { withoutAssumedProfiles, type ProfileChoice } from '@/domain/profile';
import { appEnv, type AppEnv, type TransportKind } from '@/lib/env';
import { ApiError } from './api-error';
import {
  batchPaths,
  indicatorReturnsResponseSchema,
  returnBatchResponseSchema,
  type IndicatorReturnsResponse,
  type ReturnBatchRequest,
  type ReturnBatchResponse,
} from './returns-batch-contract';
import {
  apiPaths,
  comparableIndicatorsResponseSchema,
  comparisonResponseSchema,
  comparisonFiguresResponseSchema,
  historyResponseSchema,
  indicatorDetailResponseSchema,
  indicatorRowSchema,
  manifestResponseSchema,
  organisationResponseSchema,
  recordActualResponseSchema,
  sessionResponseSchema,
  myReturnsResponseSchema,
  overdueReturnsResponseSchema,
  returnPaths,
  returnResponseSchema,
  type MyReturnsResponse,
  type OverdueQuery,
  type OverdueReturnsResponse,
  type ReturnResponse,
  type SaveReturnRequest,
  type ReturnStep,
  accountPaths,
  benchmarkImportPaths,
  benchmarkImportResponseSchema,
  benchmarkImportsResponseSchema,
  type BenchmarkImportsResponse,
  type ImportedSet,
  type NewBenchmarkImport,
  STATIC_HISTORY_MESSAGE,
  STATIC_WRITE_MESSAGE,
  statusSummaryResponseSchema,
  type ComparableIndicatorsResponse,
  type ComparisonResponse,
  type ComparisonFiguresResponse,
  type HistoryResponse,
  type IndicatorDetailResponse,
  type IndicatorListQuery,
  type ManifestResponse,
  type OrganisationResponse,
  type RecordActualInput,
  type RecordActualResponse,
  type SessionResponse,
  type SignInRequest,
  type StatusSummaryResponse,
} from './contract';
import { z } from 'zod';
import { fetchJson } from './fetch-json';
import { filterRows, structureFor } from './filter-rows';
import {
  lenientIndicatorListSchema,
  lenientScorecardSchema,
  splitRows,
  type IndicatorListResult,
  type ScorecardResult,
} from './lenient-rows';
import type { Structure } from '../contract/dataset-schema';
import { buildScorecard, buildStatusSummary } from './organisation-views';
import { staticPaths } from './static-paths';
import {
  decodePeriodRows,
  listShardSchema,
  periodShardSchema,
  rootOf,
  shardScopes,
  without,
  type ShardScope,
} from './static-shards';

export interface ApiClient {
  readonly transport: TransportKind;
  manifest(signal?: AbortSignal): Promise<ManifestResponse>;
  organisation(signal?: AbortSignal): Promise<OrganisationResponse>;
  indicatorList(params: IndicatorListQuery, signal?: AbortSignal): Promise<IndicatorListResult>;
  /** `area` undefined: the dataset's own authority. */
  indicatorDetail(
    id: string,
    area: string | undefined,
    signal?: AbortSignal,
  ): Promise<IndicatorDetailResponse>;
  scorecard(
    structureId: string,
    nodeId: string,
    period: string | undefined,
    signal?: AbortSignal,
    profiles?: ProfileChoice,
  ): Promise<ScorecardResult>;
  statusSummary(
    structureId: string,
    nodeId: string,
    period: string | undefined,
    signal?: AbortSignal,
    profiles?: ProfileChoice,
  ): Promise<StatusSummaryResponse>;
  comparableIndicators(signal?: AbortSignal): Promise<ComparableIndicatorsResponse>;
  comparison(indicatorId: string, signal?: AbortSignal): Promise<ComparisonResponse>;
  comparisonFigures(
    indicatorId: string,
    period: string,
    signal?: AbortSignal,
  ): Promise<ComparisonFiguresResponse>;
  /** `ifMatch`: the version being corrected (from a 409's `current.version`). */
  recordActual(
    indicatorId: string,
    body: RecordActualInput,
    ifMatch?: number,
  ): Promise<RecordActualResponse>;
  history(indicatorId: string, area?: string, signal?: AbortSignal): Promise<HistoryResponse>;
  /** A filled returns template: checked (mode 'check') or committed as one batch. */
  returnBatch(body: ReturnBatchRequest): Promise<ReturnBatchResponse>;
  undoReturnBatch(batchId: string): Promise<ReturnBatchResponse>;
  indicatorReturns(indicatorId: string, signal?: AbortSignal): Promise<IndicatorReturnsResponse>;
  /** Who is signed in; remembers the session's CSRF token for later writes. */
  me(signal?: AbortSignal): Promise<SessionResponse>;
  signIn(body: SignInRequest): Promise<SessionResponse>;
  signOut(): Promise<void>;
  /** The returns due, overdue, returned and awaiting approval for the signed-in person. */
  myReturns(today: string | undefined, signal?: AbortSignal): Promise<MyReturnsResponse>;
  /** One page of the overdue returns the person can see, for a unit when asked. */
  overdueReturns(query: OverdueQuery, signal?: AbortSignal): Promise<OverdueReturnsResponse>;
  /** The person's rights over an indicator, its return for `period` and its open returns. */
  indicatorReturn(
    indicatorId: string,
    period: string,
    signal?: AbortSignal,
  ): Promise<ReturnResponse>;
  saveReturn(indicatorId: string, body: SaveReturnRequest): Promise<ReturnResponse>;
  /** Submit, approve, or return with a reason (`reason` only for 'return'). */
  returnStep(
    indicatorId: string,
    period: string,
    step: ReturnStep,
    reason?: string,
  ): Promise<ReturnResponse>;
  /**
   * The benchmark imports the server keeps, or null where there is no server to keep them (the
   * static publication, the mock service worker, a server without accounts): the browser keeps
   * them then (ADR 0053).
   */
  benchmarkImports(signal?: AbortSignal): Promise<BenchmarkImportsResponse | null>;
  addBenchmarkImport(body: NewBenchmarkImport): Promise<ImportedSet>;
  removeBenchmarkImport(id: string): Promise<void>;
}

/** `?a=1&b=2` with keys in a fixed order and empty values left out, or '' when nothing is set. */
function toQueryString(params: Readonly<Record<string, string | undefined>>): string {
  const search = new URLSearchParams();
  for (const key of Object.keys(params).sort()) {
    const value = params[key];
    if (value !== undefined && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

const scorecardWhat = (structureId: string, nodeId: string) =>
  `the scorecard for ${nodeId} (${structureId})`;
const summaryWhat = (structureId: string, nodeId: string) =>
  `the status summary for ${nodeId} (${structureId})`;

/** Speaks the contract over HTTP: used for the mock service worker and for a real API server. */
function createHttpClient(apiBase: string, transport: 'msw' | 'http' = 'http'): ApiClient {
  const url = (path: string, query = '') => `${apiBase}${path}${query}`;
  /** The signed-in session's token, from the last /auth/me or sign-in answer; sent on every write. */
  let csrfToken: string | null = null;
  const remember = (session: SessionResponse) => {
    csrfToken = session.csrfToken;
    return session;
  };
  const readSession = async (signal?: AbortSignal) =>
    remember(
      await fetchJson(url(accountPaths.me()), sessionResponseSchema, {
        what: 'who is signed in',
        signal,
      }),
    );
  /** A write before anything asked who is signed in fetches the token first. */
  const writeHeaders = async (extra: Readonly<Record<string, string>> = {}) => {
    if (csrfToken === null) await readSession().catch(() => undefined);
    return csrfToken === null ? extra : { ...extra, 'x-csrf-token': csrfToken };
  };
  return {
    transport,
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
    comparableIndicators: (signal) =>
      fetchJson(url(apiPaths.comparableIndicators()), comparableIndicatorsResponseSchema, {
        what: 'the list of comparable indicators',
        signal,
      }),
    comparison: (indicatorId, signal) =>
      fetchJson(url(apiPaths.comparison(indicatorId)), comparisonResponseSchema, {
        what: `the comparison for indicator ${indicatorId}`,
        signal,
      }),
    comparisonFigures: (indicatorId, period, signal) =>
      fetchJson(
        url(apiPaths.comparisonFigures(indicatorId), toQueryString({ period })),
        comparisonFiguresResponseSchema,
        { what: `the figures for ${period} of the comparison for ${indicatorId}`, signal },
      ),
    recordActual: async (indicatorId, body, ifMatch) =>
      fetchJson(url(apiPaths.recordActual(indicatorId)), recordActualResponseSchema, {
        what: `the figure for indicator ${indicatorId}`,
        method: 'POST',
        body,
        headers: await writeHeaders(ifMatch === undefined ? {} : { 'if-match': `"${ifMatch}"` }),
      }),
    history: (indicatorId, area, signal) =>
      fetchJson(
        url(apiPaths.history(indicatorId), toQueryString({ area })),
        historyResponseSchema,
        { what: `the history of indicator ${indicatorId}`, signal },
      ),
    returnBatch: async (body) =>
      fetchJson(url(batchPaths.batches()), returnBatchResponseSchema, {
        what: `the import of ${body.fileName}`,
        method: 'POST',
        body,
        headers: await writeHeaders(),
      }),
    undoReturnBatch: async (batchId) =>
      fetchJson(url(batchPaths.undo(batchId)), returnBatchResponseSchema, {
        what: 'the undo of the import',
        method: 'POST',
        headers: await writeHeaders(),
      }),
    indicatorReturns: (indicatorId, signal) =>
      fetchJson(url(batchPaths.forIndicator(indicatorId)), indicatorReturnsResponseSchema, {
        what: `the returns in progress for indicator ${indicatorId}`,
        signal,
      }),
    benchmarkImports: async (signal) => {
      // The mock service worker stands in for a server but keeps nothing between page loads.
      if (transport === 'msw') return null;
      try {
        return await fetchJson(url(benchmarkImportPaths.list()), benchmarkImportsResponseSchema, {
          what: 'the benchmark imports',
          signal,
        });
      } catch (error) {
        // No such endpoint: a server without accounts. Signed out of a private server: nothing to show.
        if (error instanceof ApiError && error.status === 404) return null;
        if (error instanceof ApiError && error.status === 401)
          return { imports: [], mayAdd: false };
        throw error;
      }
    },
    addBenchmarkImport: async (body) =>
      (
        await fetchJson(url(benchmarkImportPaths.add()), benchmarkImportResponseSchema, {
          what: `the import of ${body.fileName}`,
          method: 'POST',
          body,
          headers: await writeHeaders(),
        })
      ).import,
    removeBenchmarkImport: async (id) => {
      await fetchJson(url(benchmarkImportPaths.remove(id)), z.null(), {
        what: 'the import',
        method: 'DELETE',
        headers: await writeHeaders(),
      });
    },
    me: readSession,
    signIn: async (body) =>
      remember(
        await fetchJson(url(accountPaths.signIn()), sessionResponseSchema, {
          what: 'your sign-in',
          method: 'POST',
          body,
          headers: await writeHeaders(),
        }),
      ),
    signOut: async () => {
      await fetchJson(url(accountPaths.signOut()), z.null(), {
        what: 'your sign-out',
        method: 'POST',
        headers: await writeHeaders(),
      });
      csrfToken = null;
    },
    myReturns: (today, signal) =>
      fetchJson(url(returnPaths.mine(), toQueryString({ today })), myReturnsResponseSchema, {
        what: 'your returns',
        signal,
      }),
    overdueReturns: ({ structure, node, page, today }, signal) =>
      fetchJson(
        url(
          returnPaths.overdue(),
          toQueryString({
            structure,
            node,
            page: page === undefined ? undefined : String(page),
            today,
          }),
        ),
        overdueReturnsResponseSchema,
        { what: 'the overdue returns', signal },
      ),
    indicatorReturn: (indicatorId, period, signal) =>
      fetchJson(
        url(returnPaths.one(indicatorId), toQueryString({ period })),
        returnResponseSchema,
        {
          what: `the return for indicator ${indicatorId}`,
          signal,
        },
      ),
    saveReturn: async (indicatorId, body) =>
      fetchJson(url(returnPaths.one(indicatorId)), returnResponseSchema, {
        what: `the return for indicator ${indicatorId}`,
        method: 'PUT',
        body,
        headers: await writeHeaders(),
      }),
    returnStep: async (indicatorId, period, step, reason) =>
      fetchJson(
        url(returnPaths.act(indicatorId, step), toQueryString({ period })),
        returnResponseSchema,
        {
          what: `the return for indicator ${indicatorId}`,
          method: 'POST',
          ...(step === 'return' ? { body: { reason: reason ?? '' } } : {}),
          headers: await writeHeaders(),
        },
      ),
  };
}

/** A detail shard's row leaves out the definition the shard carries in full (build-static-api.ts). */
const detailShardSchema = indicatorDetailResponseSchema.extend({
  row: indicatorRowSchema.extend({ indicator: indicatorRowSchema.shape.indicator.optional() }),
});

const scopeKey = (scope: ShardScope | null) =>
  scope === null ? '' : `${scope.structureId}/${scope.nodeId}`;

/**
 * The list shards a query needs: the top-level node above the requested node, every top-level node
 * of the requested structure, or every shard when the query names neither. Mirrors filterRows, so
 * what it leaves out is what the filter would drop; [] when the structure or node does not exist.
 */
function scopesFor(
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
    recordActual: (indicatorId) =>
      Promise.reject(
        new ApiError(STATIC_WRITE_MESSAGE, {
          kind: 'read-only',
          status: 0,
          url: url(`indicators/${indicatorId}/actuals`),
        }),
      ),
    history: (indicatorId) =>
      Promise.reject(
        new ApiError(STATIC_HISTORY_MESSAGE, {
          kind: 'read-only',
          status: 0,
          url: url(`indicators/${indicatorId}/history`),
        }),
      ),
    returnBatch: () =>
      Promise.reject(
        new ApiError(STATIC_WRITE_MESSAGE, {
          kind: 'read-only',
          status: 0,
          url: url('return-batches'),
        }),
      ),
    undoReturnBatch: () =>
      Promise.reject(
        new ApiError(STATIC_WRITE_MESSAGE, {
          kind: 'read-only',
          status: 0,
          url: url('return-batches'),
        }),
      ),
    indicatorReturns: () => Promise.resolve({ returns: [] }),
    // A static publication has no accounts: nobody is ever signed in to it.
    me: () => Promise.resolve({ user: null, csrfToken: null }),
    signIn: () =>
      Promise.reject(
        new ApiError(STATIC_SIGN_IN_MESSAGE, { kind: 'read-only', status: 0, url: url('auth') }),
      ),
    signOut: () => Promise.resolve(),
    myReturns: () => noReturns(url('returns/mine')),
    overdueReturns: () => noReturns(url('returns/overdue')),
    indicatorReturn: (indicatorId) => noReturns(url(`returns/${indicatorId}`)),
    saveReturn: (indicatorId) => noReturns(url(`returns/${indicatorId}`)),
    returnStep: (indicatorId) => noReturns(url(`returns/${indicatorId}`)),
    benchmarkImports: () => Promise.resolve(null),
    addBenchmarkImport: () =>
      Promise.reject(
        new ApiError(STATIC_WRITE_MESSAGE, { kind: 'read-only', status: 0, url: url('imports') }),
      ),
    removeBenchmarkImport: () =>
      Promise.reject(
        new ApiError(STATIC_WRITE_MESSAGE, { kind: 'read-only', status: 0, url: url('imports') }),
      ),
  };
}

/** A static publication holds only published figures: there are no returns to enter or approve. */
const noReturns = (at: string) =>
  Promise.reject(
    new ApiError(
      'This copy of Ragstone is a static publication of approved figures, so it has no returns to enter or approve.',
      { kind: 'read-only', status: 0, url: at },
    ),
  );

const STATIC_SIGN_IN_MESSAGE =
  'This copy of Ragstone is a static publication, so there is nothing to sign in to.';

function createApiClient(env: Pick<AppEnv, 'transport' | 'apiBase'>): ApiClient {
  if (env.transport === 'static') return createStaticClient(env.apiBase);
  return createHttpClient(env.apiBase, env.transport);
}

let current: ApiClient | null = null;

/** The client for this page load, chosen from the environment (src/lib/env.ts). */
export function getApiClient(): ApiClient {
  current ??= createApiClient(appEnv);
  return current;
}

/**
 * The API client behind every query: one interface (api-client.ts), three transports.
 * - 'msw' and 'http' send the contract's requests to `apiBase` (the mock service worker or a real server);
 * - 'static' reads the JSON shards `npm run build` writes under `${BASE_URL}api/` (static-client.ts).
 * Every response is validated against the contract schema before anyone sees it. This module and
 * the schemas it brings are loaded on the first request, never with the first view (client.ts).
 */
import { appEnv, type AppEnv } from '@/lib/env';
import { scorecardWhat, summaryWhat, type ApiClient } from './api-client';
import { ApiError } from './api-error';
import {
  batchPaths,
  indicatorReturnsResponseSchema,
  returnBatchResponseSchema,
} from './returns-batch-contract';
import {
  accountPaths,
  apiPaths,
  benchmarkImportPaths,
  benchmarkImportResponseSchema,
  benchmarkImportsResponseSchema,
  comparableIndicatorsResponseSchema,
  comparisonFiguresResponseSchema,
  comparisonResponseSchema,
  historyResponseSchema,
  indicatorDetailResponseSchema,
  manifestResponseSchema,
  myReturnsResponseSchema,
  organisationResponseSchema,
  overdueReturnsResponseSchema,
  recordActualResponseSchema,
  returnPaths,
  returnResponseSchema,
  sessionResponseSchema,
  statusSummaryResponseSchema,
  type SessionResponse,
} from './contract';
import { z } from 'zod';
import { fetchJson } from './fetch-json';
import { lenientIndicatorListSchema, lenientScorecardSchema, splitRows } from './lenient-rows';
import { createStaticClient } from './static-client';

export type { ApiClient } from './api-client';
export { createStaticClient } from './static-client';

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

/**
 * The one MSW handler set: the dev server's service worker (mocks/browser.ts) and Vitest's node
 * server (mocks/node.ts) both answer the API contract from server/engine/engine.ts, through the
 * scenario in force (mocks/scenarios.ts).
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { rawIndicatorId } from '@/data/api/lenient-rows';
import type { Dataset } from '@/data/contract/assemble-dataset';
import { resolveStructure } from '@/data/api/organisation-views';
import { isRecord } from '@/lib/is-record';
import type { ApiEngine } from '@server/engine/engine';
import type { EngineResult } from '@server/engine/engine-result';
import { parseIfMatch } from '@server/engine/if-match';
import { createBatchHandlers } from './batch-handlers';
import { DatasetUnavailableError, getMockEngine } from './mock-engine';
import { createReturnsHandlers, refuseUnlessApprover } from './returns-handlers';
import { createAdminHandlers } from './admin-handlers';
import { createSessionHandlers, DEVELOPMENT_PERSON, refuseWrite } from './session-handlers';
import { countRequest, currentScenario, DEFAULT_LATENCY_MS, markWritten } from './scenarios';

/** The mock service has one account (session-handlers.ts): every change is made by this person. */
export const MOCK_ACTOR = { id: DEVELOPMENT_PERSON.id, name: DEVELOPMENT_PERSON.name };

type Params = Record<string, string | readonly string[] | undefined>;

function param(params: Params, name: string): string {
  const value = params[name];
  return typeof value === 'string' ? value : '';
}

function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

/** Breaks one row the way a faulty server might: a status no schema allows. */
function corruptRow(row: unknown): unknown {
  if (!isRecord(row) || !isRecord(row.latestRating)) return row;
  return { ...row, latestRating: { ...row.latestRating, status: 'purple' } };
}

/** 'malformed': the target indicator's detail, and its row wherever rows are listed, are broken. */
function corruptFor(
  indicatorId: string,
  body: unknown,
  endpointIndicatorId: string | null,
): unknown {
  if (!isRecord(body)) return body;
  if (endpointIndicatorId === indicatorId && 'row' in body)
    return { ...body, row: corruptRow(body.row) };
  if (Array.isArray(body.rows)) {
    return {
      ...body,
      rows: body.rows.map((row: unknown) =>
        rawIndicatorId(row) === indicatorId ? corruptRow(row) : row,
      ),
    };
  }
  if (endpointIndicatorId === indicatorId && 'observations' in body) {
    return { ...body, observations: 'not a list' };
  }
  return body;
}

/**
 * The 'malformed' scenario's default target: the first indicator of the structure the default
 * page shows (the dataset's first indicator may belong to a structure nobody opens by default).
 */
function defaultMalformedTarget(dataset: Dataset): string | undefined {
  const structure = resolveStructure(dataset.structures, undefined);
  const nodes = new Set(structure?.nodes.map((node) => node.id));
  const onDefaultPage = dataset.indicators.find((indicator) =>
    indicator.owners.some(
      (owner) =>
        (owner.structureId === undefined || owner.structureId === structure?.id) &&
        nodes.has(owner.nodeId),
    ),
  );
  return (onDefaultPage ?? dataset.indicators[0])?.id;
}

interface Answer {
  compute: (engine: ApiEngine) => EngineResult<unknown> | Promise<EngineResult<unknown>>;
  /** The indicator this endpoint is about, for the 'malformed' scenario. */
  indicatorId?: string;
}

async function answer({
  compute,
  indicatorId = null,
}: {
  compute: Answer['compute'];
  indicatorId?: string | null;
}) {
  const { scenario, options } = currentScenario();
  const number = countRequest();
  switch (scenario) {
    case 'offline':
      return HttpResponse.error();
    case 'slow':
      await delay(options.latencyMs ?? DEFAULT_LATENCY_MS);
      break;
    case 'flaky':
      if (number % (options.failEvery ?? 3) === 0) {
        return HttpResponse.json(
          { error: 'the service failed to answer (flaky scenario: every third request fails)' },
          { status: 500 },
        );
      }
      break;
    case 'server-error':
      return HttpResponse.json(
        { error: 'the service failed to answer (server-error scenario)' },
        { status: 500 },
      );
    case 'malformed-all':
      return new HttpResponse('{"rows": [ <html>Service temporarily unavailable', {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    default:
      break;
  }

  let engine: ApiEngine;
  try {
    engine = await getMockEngine();
  } catch (error) {
    if (!(error instanceof DatasetUnavailableError)) throw error;
    return HttpResponse.json({ error: error.message }, { status: 503 });
  }
  const result = await compute(engine);
  let body: unknown = result.body;
  if (scenario === 'malformed' && result.ok) {
    const target = options.indicatorId ?? defaultMalformedTarget(engine.dataset);
    if (target !== undefined) body = corruptFor(target, body, indicatorId);
  }
  // JSON bodies are plain data; the cast only widens for HttpResponse.json's generic.
  return HttpResponse.json(body as Record<string, unknown>, { status: result.status });
}

const ok = <T>(body: T): EngineResult<T> => ({ ok: true, status: 200, body });

/** `base` is where the API lives: '*\/api' in Node (any origin), `appEnv.apiBase` in the browser. */
export function createHandlers(base = '*/api'): HttpHandler[] {
  return [
    ...createSessionHandlers(base),
    ...createReturnsHandlers(base),
    ...createAdminHandlers(base),
    ...createBatchHandlers(base),
    http.get(`${base}/manifest`, () => answer({ compute: (engine) => ok(engine.manifest()) })),
    http.get(`${base}/organisation`, () =>
      answer({ compute: (engine) => ok(engine.organisation()) }),
    ),
    http.get(`${base}/organisation/:structureId/:nodeId/scorecard`, ({ params, request }) =>
      answer({
        compute: (engine) =>
          engine.scorecard(
            param(params, 'structureId'),
            param(params, 'nodeId'),
            queryOf(request).period,
            queryOf(request).profiles,
          ),
      }),
    ),
    http.get(`${base}/organisation/:structureId/:nodeId/summary`, ({ params, request }) =>
      answer({
        compute: (engine) =>
          engine.statusSummary(
            param(params, 'structureId'),
            param(params, 'nodeId'),
            queryOf(request).period,
            queryOf(request).profiles,
          ),
      }),
    ),
    http.get(`${base}/indicators`, ({ request }) =>
      answer({ compute: (engine) => engine.indicatorList(queryOf(request)) }),
    ),
    http.get(`${base}/indicators/:id`, ({ params, request }) =>
      answer({
        indicatorId: param(params, 'id'),
        compute: (engine) => engine.indicatorDetail(param(params, 'id'), queryOf(request).area),
      }),
    ),
    http.get(`${base}/indicators/:id/history`, ({ params, request }) =>
      answer({
        compute: (engine) => engine.history(param(params, 'id'), queryOf(request).area),
      }),
    ),
    http.post(
      `${base}/indicators/:id/actuals`,
      async ({ params, request }) =>
        refuseWrite(request) ??
        (await refuseUnlessApprover(param(params, 'id'))) ??
        answer({
          compute: async (engine) => {
            let body: unknown;
            try {
              body = await request.json();
            } catch {
              return {
                ok: false,
                status: 400,
                body: { error: 'The request body must be JSON.', field: 'body' },
              };
            }
            const ifMatch = parseIfMatch(request.headers.get('if-match'));
            if (!ifMatch.ok) return ifMatch;
            const result = engine.recordActual(param(params, 'id'), body, {
              actor: MOCK_ACTOR,
              ifMatch: ifMatch.body,
            });
            if (result.ok) markWritten();
            return result;
          },
        }),
    ),
    http.get(`${base}/compare`, () =>
      answer({ compute: (engine) => ok(engine.comparableIndicators()) }),
    ),
    http.get(`${base}/compare/:indicatorId`, ({ params }) =>
      answer({
        indicatorId: param(params, 'indicatorId'),
        compute: (engine) => engine.comparison(param(params, 'indicatorId')),
      }),
    ),
    http.get(`${base}/compare/:indicatorId/figures`, ({ params, request }) =>
      answer({
        indicatorId: param(params, 'indicatorId'),
        compute: (engine) =>
          engine.comparisonFigures(
            param(params, 'indicatorId'),
            new URL(request.url).searchParams.get('period') ?? undefined,
          ),
      }),
    ),
  ];
}

export const handlers = createHandlers();

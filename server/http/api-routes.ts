/**
 * The API of docs/api.md over HTTP, answered by the service's engine. Requests are checked by the
 * engine with the contract's schemas; responses are checked against them too before they leave
 * (`checkResponses`), so the server can never send what the app would reject.
 */
import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import {
  comparableIndicatorsResponseSchema,
  comparisonResponseSchema,
  comparisonFiguresResponseSchema,
  historyResponseSchema,
  indicatorDetailResponseSchema,
  indicatorListResponseSchema,
  manifestResponseSchema,
  organisationResponseSchema,
  recordActualResponseSchema,
  scorecardResponseSchema,
  statusSummaryResponseSchema,
} from '@/data/api/contract';
import type { EngineResult } from '@server/engine/engine-result';
import { parseIfMatch, versionTag } from '@server/engine/if-match';
import type { RagstoneService } from '../service';
import type { ActorSource } from './actor';

export interface ApiOptions {
  service: RagstoneService;
  getActor: ActorSource;
  checkResponses: boolean;
}

export function apiRoutes({ service, getActor, checkResponses }: ApiOptions): Hono {
  const api = new Hono();

  function send<S extends z.ZodType>(c: Context, result: EngineResult<z.output<S>>, schema: S) {
    if (!result.ok) return c.json(result.body, result.status);
    if (checkResponses) {
      const parsed = schema.safeParse(result.body);
      if (!parsed.success) {
        const [issue] = parsed.error.issues;
        console.error(`Response for ${c.req.path} breaks the contract`, issue);
        return c.json({ error: 'The service built an answer that breaks its own contract.' }, 500);
      }
    }
    return c.json(result.body as object, result.status);
  }
  const ok = <T>(body: T): EngineResult<T> => ({ ok: true, status: 200, body });
  const engine = () => service.engine();

  api.get('/manifest', (c) => send(c, ok(engine().manifest()), manifestResponseSchema));
  api.get('/organisation', (c) => send(c, ok(engine().organisation()), organisationResponseSchema));
  api.get('/indicators', (c) =>
    send(c, engine().indicatorList(c.req.query()), indicatorListResponseSchema),
  );
  api.get('/indicators/:id', (c) =>
    send(
      c,
      engine().indicatorDetail(c.req.param('id'), c.req.query('area')),
      indicatorDetailResponseSchema,
    ),
  );
  api.get('/indicators/:id/history', (c) =>
    send(c, engine().history(c.req.param('id'), c.req.query('area')), historyResponseSchema),
  );
  api.get('/organisation/:structureId/:nodeId/scorecard', (c) =>
    send(
      c,
      engine().scorecard(
        c.req.param('structureId'),
        c.req.param('nodeId'),
        c.req.query('period'),
        c.req.query('profiles'),
      ),
      scorecardResponseSchema,
    ),
  );
  api.get('/organisation/:structureId/:nodeId/summary', (c) =>
    send(
      c,
      engine().statusSummary(
        c.req.param('structureId'),
        c.req.param('nodeId'),
        c.req.query('period'),
        c.req.query('profiles'),
      ),
      statusSummaryResponseSchema,
    ),
  );
  api.get('/compare', (c) =>
    send(c, ok(engine().comparableIndicators()), comparableIndicatorsResponseSchema),
  );
  api.get('/compare/:indicatorId', (c) =>
    send(c, engine().comparison(c.req.param('indicatorId')), comparisonResponseSchema),
  );
  api.get('/compare/:indicatorId/figures', (c) =>
    send(
      c,
      engine().comparisonFigures(c.req.param('indicatorId'), c.req.query('period')),
      comparisonFiguresResponseSchema,
    ),
  );

  api.post('/indicators/:id/actuals', async (c) => {
    const actor = await getActor(c);
    if (!actor) return c.json({ error: 'Sign in to record or correct figures.' }, 401);
    const ifMatch = parseIfMatch(c.req.header('if-match'));
    if (!ifMatch.ok) return c.json(ifMatch.body, ifMatch.status);
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ error: 'The request body must be JSON.', field: 'body' }, 400);
    }
    const result = await service.recordFigure(c.req.param('id'), body, {
      actor,
      ifMatch: ifMatch.body,
    });
    if (result.ok) c.header('ETag', versionTag(result.body.version));
    return send(c, result, recordActualResponseSchema);
  });

  api.all('*', (c) =>
    c.json({ error: `There is no API endpoint ${c.req.method} ${c.req.path}.` }, 404),
  );
  return api;
}

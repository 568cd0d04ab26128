/**
 * The API of docs/api.md over HTTP, answered by the service's engine. Requests are checked by the
 * engine with the contract's schemas; responses are checked against them too before they leave
 * (`checkResponses`), so the server can never send what the app would reject.
 */
import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import { recordActualResponseSchema } from '@/data/api/contract';
import type { EngineResult } from '@server/engine/engine-result';
import { parseIfMatch, versionTag } from '@server/engine/if-match';
import type { RagstoneService } from '../service';
import type { ActorSource } from './actor';
import { readRoutes, type ReadRoute } from './api-read-routes';

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
  const engine = () => service.engine();

  const reads: readonly ReadRoute[] = Object.values(readRoutes);
  for (const route of reads) {
    api.get(route.path, (c) => send(c, route.answer(engine(), c), route.schema));
  }

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

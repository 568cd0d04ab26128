/**
 * The reads of the contract (`apiPaths` in src/data/api/contract.ts) as routes: each path's pattern,
 * the engine's answer and the schema that answer must meet. api-routes.ts serves them; api.test.ts
 * asks every path of the contract through the app and checks the answer against the same schema.
 */
import type { Context } from 'hono';
import type { BlankEnv } from 'hono/types';
import type { z } from 'zod';
import {
  manifestResponseSchema,
  organisationResponseSchema,
  indicatorListResponseSchema,
  indicatorDetailResponseSchema,
  historyResponseSchema,
  scorecardResponseSchema,
  statusSummaryResponseSchema,
  comparableIndicatorsResponseSchema,
  comparisonResponseSchema,
  comparisonFiguresResponseSchema,
  type apiPaths,
} from '@/data/api/contract';
import type { ApiEngine } from '@server/engine/engine';
import type { EngineResult } from '@server/engine/engine-result';

export interface ReadRoute<S extends z.ZodType = z.ZodType, Path extends string = string> {
  /** The path as Hono matches it, below the API base. */
  readonly path: Path;
  readonly schema: S;
  /** A method, so a route typed by its own path's parameters still fits a list of routes. */
  answer(engine: ApiEngine, c: Context<BlankEnv, Path>): EngineResult<z.output<S>>;
}

const read = <Path extends string, S extends z.ZodType>(
  path: Path,
  schema: S,
  answer: (engine: ApiEngine, c: Context<BlankEnv, Path>) => EngineResult<z.output<S>>,
): ReadRoute<S, Path> => ({ path, schema, answer });

const ok = <T>(body: T): EngineResult<T> => ({ ok: true, status: 200, body });

type UnitView = 'scorecard' | 'summary';

/** A unit's view (scorecard or summary): the unit from the path, period and profiles from the query. */
const unitView = (c: Context<BlankEnv, `/organisation/:structureId/:nodeId/${UnitView}`>) =>
  [
    c.req.param('structureId'),
    c.req.param('nodeId'),
    c.req.query('period'),
    c.req.query('profiles'),
  ] as const;

/** Every read of the contract, by its name in `apiPaths`, in the order the routes are matched. */
export const readRoutes = {
  manifest: read('/manifest', manifestResponseSchema, (engine) => ok(engine.manifest())),
  organisation: read('/organisation', organisationResponseSchema, (engine) =>
    ok(engine.organisation()),
  ),
  indicators: read('/indicators', indicatorListResponseSchema, (engine, c) =>
    engine.indicatorList(c.req.query()),
  ),
  indicator: read('/indicators/:id', indicatorDetailResponseSchema, (engine, c) =>
    engine.indicatorDetail(c.req.param('id'), c.req.query('area')),
  ),
  history: read('/indicators/:id/history', historyResponseSchema, (engine, c) =>
    engine.history(c.req.param('id'), c.req.query('area')),
  ),
  scorecard: read(
    '/organisation/:structureId/:nodeId/scorecard',
    scorecardResponseSchema,
    (engine, c) => engine.scorecard(...unitView(c)),
  ),
  statusSummary: read(
    '/organisation/:structureId/:nodeId/summary',
    statusSummaryResponseSchema,
    (engine, c) => engine.statusSummary(...unitView(c)),
  ),
  comparableIndicators: read('/compare', comparableIndicatorsResponseSchema, (engine) =>
    ok(engine.comparableIndicators()),
  ),
  comparison: read('/compare/:indicatorId', comparisonResponseSchema, (engine, c) =>
    engine.comparison(c.req.param('indicatorId')),
  ),
  comparisonFigures: read(
    '/compare/:indicatorId/figures',
    comparisonFiguresResponseSchema,
    (engine, c) => engine.comparisonFigures(c.req.param('indicatorId'), c.req.query('period')),
  ),
} satisfies Record<Exclude<keyof typeof apiPaths, 'recordActual'>, ReadRoute>;

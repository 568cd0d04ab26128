/** Reading returns: "my returns", the overdue ones, and one indicator's return for a period. */
import type { Context } from 'hono';
import { myReturnsResponseSchema, overdueReturnsResponseSchema } from '@/data/api/contract';
import { overdueReturns } from '../engine/overdue';
import type { AuthEnv } from './middleware';
import {
  authorityOf,
  findIndicator,
  myItems,
  noSuchIndicator,
  viewOf,
  type ReturnsDeps,
} from './returns-common';

/** GET /returns/mine */
export async function myReturnsHandler(c: Context<AuthEnv>, deps: ReturnsDeps) {
  const actor = c.get('actor');
  if (!actor) return c.json({ error: 'Sign in to see your returns.' }, 401);
  const mine = await myItems(c, deps, actor);
  if (mine instanceof Response) return mine;
  return c.json(myReturnsResponseSchema.parse({ today: mine.asAt, items: mine.items }));
}

/** GET /returns/overdue: my returns past their due date, filtered and sorted by the query. */
export async function overdueReturnsHandler(c: Context<AuthEnv>, deps: ReturnsDeps) {
  const actor = c.get('actor');
  if (!actor) return c.json({ error: 'Sign in to see overdue returns.' }, 401);
  const mine = await myItems(c, deps, actor);
  if (mine instanceof Response) return mine;
  const result = overdueReturns(deps.service.engine(), mine.items, c.req.query(), mine.asAt);
  if (!result.ok) return c.json(result.body, result.status);
  return c.json(overdueReturnsResponseSchema.parse(result.body));
}

/** GET /returns/:indicatorId?area=…&period=… */
export async function returnHandler(
  c: Context<AuthEnv, '/returns/:indicatorId'>,
  deps: ReturnsDeps,
) {
  const actor = c.get('actor');
  if (!actor) return c.json({ error: 'Sign in to see returns.' }, 401);
  const indicator = findIndicator(deps, c.req.param('indicatorId'));
  if (!indicator) return noSuchIndicator(c);
  const key = {
    area: c.req.query('area') ?? authorityOf(deps),
    period: c.req.query('period') ?? '',
  };
  return c.json(await viewOf(deps, actor, indicator, key));
}

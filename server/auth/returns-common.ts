/**
 * What the returns handlers share: their dependencies, the indicator in the path, today's date,
 * and the answers they build (one period's return, "my returns").
 */
import type { Context } from 'hono';
import { returnResponseSchema } from '@/data/api/contract';
import type { Indicator } from '@/data/contract/dataset-schema';
import { myReturnItems, returnView } from '../engine/returns';
import type { RagstoneService } from '../service';
import type { AccountsDatabase } from './db';
import { dueRulesInForce } from './due-rules';
import type { Actor, AuthEnv } from './middleware';
import { returnsFor, type ReturnKey } from './returns-store';

export interface ReturnsDeps {
  db: AccountsDatabase;
  service: RagstoneService;
  addressOf: (c: Context) => string;
  today?: () => string;
}

/** The council the dataset is about: the area a return is for when none is named. */
export const authorityOf = (deps: ReturnsDeps): string =>
  deps.service.engine().dataset.manifest.authority.id;

export const findIndicator = (deps: ReturnsDeps, id: string): Indicator | undefined =>
  deps.service.engine().dataset.indicators.find((i) => i.id === id);

export const noSuchIndicator = (c: Context) =>
  c.json({ error: 'There is no such indicator.', field: 'indicatorId' }, 404);

/** The person's rights over the indicator, the period's return and the indicator's open ones. */
export async function viewOf(
  deps: ReturnsDeps,
  actor: Actor,
  indicator: Indicator,
  key: Omit<ReturnKey, 'indicatorId'>,
) {
  const forIndicator = (await returnsFor(deps.db, key.area)).filter(
    (r) => r.indicatorId === indicator.id,
  );
  const stored = forIndicator.find((r) => r.period === key.period) ?? null;
  return returnResponseSchema.parse(
    returnView(deps.service.engine(), actor, indicator, stored, forIndicator),
  );
}

/** "My returns" as at the query's `today` (the server's by default), or the 400 for a bad one. */
export async function myItems(c: Context<AuthEnv>, deps: ReturnsDeps, actor: Actor) {
  const asAt = c.req.query('today') ?? (deps.today ? deps.today() : isoToday());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asAt) || Number.isNaN(Date.parse(asAt))) {
    return c.json({ error: 'today must be a date such as 2012-06-10.', field: 'today' }, 400);
  }
  const items = myReturnItems(
    deps.service.engine(),
    actor,
    await returnsFor(deps.db, authorityOf(deps)),
    asAt,
    await dueRulesInForce(deps.db),
  );
  return { asAt, items };
}

const isoToday = () => new Date().toISOString().slice(0, 10);

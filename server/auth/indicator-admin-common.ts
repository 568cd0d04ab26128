/**
 * What every /admin/indicators/:id handler shares: its dependencies, finding the indicator in the
 * path (or the 404), and the settings it answers with after a read or a change.
 */
import type { Context } from 'hono';
import {
  indicatorSettingsResponseSchema,
  type IndicatorSettingsResponse,
} from '@/data/api/contract';
import type { Indicator } from '@/data/contract/dataset-schema';
import { indicatorSettings } from '../engine/indicator-settings';
import type { RagstoneService } from '../service';
import type { AccountsDatabase } from './db';
import { dueRuleHistory, dueRulesInForce } from './due-rules';
import type { AuthEnv } from './middleware';

export interface IndicatorAdminDeps {
  db: AccountsDatabase;
  service: RagstoneService;
  addressOf: (c: Context) => string;
  /** ISO date; tests fix it to say whether a year has started. */
  today?: () => string;
}

export type IndicatorAdminContext<Path extends string = ''> = Context<
  AuthEnv,
  `/admin/indicators/:id${Path}`
>;

/** Today's ISO date, or the one the tests fixed. */
export const todayFor = (deps: IndicatorAdminDeps): string =>
  deps.today ? deps.today() : new Date().toISOString().slice(0, 10);

/** The indicator named in the path, or the 404 that says which id is unknown. */
export function indicatorInPath(c: IndicatorAdminContext<string>, deps: IndicatorAdminDeps) {
  const id = c.req.param('id');
  const indicator = deps.service.engine().dataset.indicators.find((i) => i.id === id);
  return indicator ?? c.json({ error: `There is no indicator "${id}".`, field: 'id' }, 404);
}

/** The indicator's targets, profiles and due-date rule as the settings screen reads them. */
export async function settingsOf(
  deps: IndicatorAdminDeps,
  indicator: Indicator,
): Promise<IndicatorSettingsResponse> {
  return indicatorSettingsResponseSchema.parse(
    indicatorSettings(deps.service.engine(), indicator, {
      set: (await dueRulesInForce(deps.db)).get(indicator.id),
      history: await dueRuleHistory(deps.db, indicator.id),
    }),
  );
}

/** GET /admin/indicators/:id */
export async function readIndicatorSettingsHandler(
  c: IndicatorAdminContext,
  deps: IndicatorAdminDeps,
) {
  const indicator = indicatorInPath(c, deps);
  if (indicator instanceof Response) return indicator;
  return c.json(await settingsOf(deps, indicator));
}

/**
 * What administrators set for each indicator: its targets and floors per financial year (stored
 * through the figures' own ledger, so they keep the same history and versions), its monthly
 * profile per year (versions in target_profiles) and its due-date rule (kept as history in
 * due_date_rules). Every change lands in one transaction with its audit row.
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import {
  indicatorSettingsResponseSchema,
  setDueRuleRequestSchema,
  setProfileRequestSchema,
  setTargetRequestSchema,
  type IndicatorSettingsResponse,
} from '@/data/api/contract';
import type { Indicator } from '@/data/contract/dataset-schema';
import { dueDateRuleFor } from '@/domain/due-dates';
import { formatPeriod } from '@/domain/periods';
import { targetChangeProblem } from '@/domain/target-changes';
import { storeProfile } from '../db/profile-writes';
import { indicatorSettings } from '../engine/indicator-settings';
import type { RagstoneService } from '../service';
import { appendAudit } from './audit';
import type { AccountsDatabase } from './db';
import { appendDueRule, dueRuleHistory, dueRulesInForce } from './due-rules';
import { readJson, unprocessable } from './json-body';
import { requireAdministrator, type Actor, type AuthEnv } from './middleware';

export interface IndicatorAdminDeps {
  db: AccountsDatabase;
  service: RagstoneService;
  addressOf: (c: Context) => string;
  /** ISO date; tests fix it to say whether a year has started. */
  today?: () => string;
}

export function indicatorAdminRoutes(deps: IndicatorAdminDeps) {
  const app = new Hono<AuthEnv>();
  const today = deps.today ?? (() => new Date().toISOString().slice(0, 10));
  const engine = () => deps.service.engine();
  const findIndicator = (id: string) => engine().dataset.indicators.find((i) => i.id === id);
  app.use('/admin/indicators/*', requireAdministrator);

  async function settingsOf(indicator: Indicator): Promise<IndicatorSettingsResponse> {
    return indicatorSettingsResponseSchema.parse(
      indicatorSettings(engine(), indicator, {
        set: (await dueRulesInForce(deps.db)).get(indicator.id),
        history: await dueRuleHistory(deps.db, indicator.id),
      }),
    );
  }

  const noSuchIndicator = (c: Context, id: string) =>
    c.json({ error: `There is no indicator "${id}".`, field: 'id' }, 404);

  app.get('/admin/indicators/:id', async (c) => {
    const indicator = findIndicator(c.req.param('id'));
    if (!indicator) return noSuchIndicator(c, c.req.param('id'));
    return c.json(await settingsOf(indicator));
  });

  app.put('/admin/indicators/:id/targets', async (c) => {
    const indicator = findIndicator(c.req.param('id'));
    if (!indicator) return noSuchIndicator(c, c.req.param('id'));
    const parsed = setTargetRequestSchema.safeParse(await readJson(c));
    if (!parsed.success) return unprocessable(c, parsed.error.issues[0]);
    const { year, measure, value, version, reason } = parsed.data;
    const problem = targetChangeProblem({ year, today: today(), reason });
    if (problem) return c.json({ error: problem.message, field: problem.field }, 422);
    const actor = c.get('actor') as Actor;
    const result = await deps.service.recordFigure(
      indicator.id,
      { period: year, measure, value, ...(reason === '' ? {} : { reason }) },
      { actor: { id: actor.id, name: actor.name }, ifMatch: version === 0 ? undefined : version },
      async (tx, changes) => {
        const [change] = changes;
        await appendAudit(tx, {
          actor,
          action: `${measure}.change`,
          subject: `${indicator.id} ${formatPeriod(year)} ${measure}`,
          old: change?.before ?? null,
          new: change?.after ?? value,
          reason,
          address: deps.addressOf(c),
        });
      },
    );
    if (!result.ok) return c.json(result.body, result.status);
    return c.json(await settingsOf(indicator));
  });

  app.put('/admin/indicators/:id/profile', async (c) => {
    const indicator = findIndicator(c.req.param('id'));
    if (!indicator) return noSuchIndicator(c, c.req.param('id'));
    const parsed = setProfileRequestSchema.safeParse(await readJson(c));
    // The field names the month when one is at fault: `shares.4` is August.
    if (!parsed.success) return unprocessable(c, parsed.error.issues[0], { wholePath: true });
    const { year, shares, version, reason } = parsed.data;
    const problem = targetChangeProblem({ year, today: today(), reason, what: 'monthly profile' });
    if (problem) return c.json({ error: problem.message, field: problem.field }, 422);
    const actor = c.get('actor') as Actor;
    const write = {
      indicatorId: indicator.id,
      year,
      shares,
      reason,
      actor,
      expectedVersion: version,
    };
    // In the service's queue, so the read model takes the change before the next write is checked.
    const stored = await deps.service.exclusive(async () => {
      const result = await storeProfile(deps.service.handle.db, write, async (tx, change) => {
        await appendAudit(tx, {
          actor,
          action: 'profile.change',
          subject: `${indicator.id} ${formatPeriod(year)} monthly profile`,
          old: change.before,
          new: change.shares,
          reason,
          address: deps.addressOf(c),
        });
      });
      if (result.kind === 'stored') engine().applyProfileChange(result.change);
      return result;
    });
    if (stored.kind === 'conflict') {
      const now = stored.current;
      return c.json(
        {
          error: `The monthly profile for ${formatPeriod(year)} changed since you looked: it is now version ${String(now?.version ?? 0)}${now ? `, set by ${now.actor.name}` : ''}. Look at it again before you change it.`,
          field: 'version',
        },
        409,
      );
    }
    return c.json(await settingsOf(indicator));
  });

  app.put('/admin/indicators/:id/due-rule', async (c) => {
    const indicator = findIndicator(c.req.param('id'));
    if (!indicator) return noSuchIndicator(c, c.req.param('id'));
    const parsed = setDueRuleRequestSchema.safeParse(await readJson(c));
    if (!parsed.success) return unprocessable(c, parsed.error.issues[0]);
    const { rule, reason } = parsed.data;
    const actor = c.get('actor') as Actor;
    const before = dueDateRuleFor(
      indicator.frequency,
      (await dueRulesInForce(deps.db)).get(indicator.id),
    );
    await deps.db.transaction(async (tx) => {
      await appendDueRule(tx, { indicatorId: indicator.id, rule, reason, actor });
      await appendAudit(tx, {
        actor,
        action: 'due-rule.change',
        subject: `${indicator.id} due date`,
        old: { ...before.rule, source: before.source },
        new: rule === null ? { source: 'default' } : { ...rule, source: 'set' },
        reason,
        address: deps.addressOf(c),
      });
    });
    return c.json(await settingsOf(indicator));
  });

  return app;
}

/**
 * The returns cycle over HTTP: save a draft, submit, approve (which publishes the figure through
 * the service, with its history), return with a reason, and "my returns". Every rule is the
 * domain's (src/domain/return-cycle.ts, roles.ts, due-dates.ts); this file only wires them.
 */
import { Hono, type Context } from 'hono';
import {
  myReturnsResponseSchema,
  overdueReturnsResponseSchema,
  returnReasonRequestSchema,
  returnResponseSchema,
  saveReturnRequestSchema,
} from '@/data/api/contract';
import type { Indicator } from '@/data/contract/dataset-schema';
import type { ReturnAction } from '@/domain/return-cycle';
import { forbiddenReason } from '@/domain/roles';
import {
  hasReturnRights,
  myReturnItems,
  planReturnStep,
  returnRights,
  returnView,
} from '../engine/returns';
import { overdueReturns } from '../engine/overdue';
import type { RagstoneService } from '../service';
import type { AccountsDatabase } from './db';
import { dueRulesInForce } from './due-rules';
import type { Actor, AuthEnv } from './middleware';
import { readReturn, returnsFor, writeReturn, type ReturnKey } from './returns-store';

export interface ReturnsDeps {
  db: AccountsDatabase;
  service: RagstoneService;
  addressOf: (c: Context) => string;
  today?: () => string;
}

async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json<unknown>();
  } catch {
    return undefined;
  }
}

export function returnsRoutes(deps: ReturnsDeps) {
  const app = new Hono<AuthEnv>();
  const today = deps.today ?? (() => new Date().toISOString().slice(0, 10));
  const engine = () => deps.service.engine();
  const authority = () => engine().dataset.manifest.authority.id;
  const findIndicator = (id: string) => engine().dataset.indicators.find((i) => i.id === id);

  /** The person's rights over the indicator, the period's return and the indicator's open ones. */
  async function viewOf(actor: Actor, indicator: Indicator, key: Omit<ReturnKey, 'indicatorId'>) {
    const forIndicator = (await returnsFor(deps.db, key.area)).filter(
      (r) => r.indicatorId === indicator.id,
    );
    const stored = forIndicator.find((r) => r.period === key.period) ?? null;
    return returnResponseSchema.parse(returnView(engine(), actor, indicator, stored, forIndicator));
  }

  /** "My returns" as at the query's `today` (the server's by default), or the 400 for a bad one. */
  async function myItems(c: Context<AuthEnv>, actor: Actor) {
    const asAt = c.req.query('today') ?? today();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asAt) || Number.isNaN(Date.parse(asAt))) {
      return c.json({ error: 'today must be a date such as 2012-06-10.', field: 'today' }, 400);
    }
    const items = myReturnItems(
      engine(),
      actor,
      await returnsFor(deps.db, authority()),
      asAt,
      await dueRulesInForce(deps.db),
    );
    return { asAt, items };
  }

  app.get('/returns/mine', async (c) => {
    const actor = c.get('actor');
    if (!actor) return c.json({ error: 'Sign in to see your returns.' }, 401);
    const mine = await myItems(c, actor);
    if (mine instanceof Response) return mine;
    return c.json(myReturnsResponseSchema.parse({ today: mine.asAt, items: mine.items }));
  });

  app.get('/returns/overdue', async (c) => {
    const actor = c.get('actor');
    if (!actor) return c.json({ error: 'Sign in to see overdue returns.' }, 401);
    const mine = await myItems(c, actor);
    if (mine instanceof Response) return mine;
    const result = overdueReturns(engine(), mine.items, c.req.query(), mine.asAt);
    if (!result.ok) return c.json(result.body, result.status);
    return c.json(overdueReturnsResponseSchema.parse(result.body));
  });

  app.get('/returns/:indicatorId', async (c) => {
    const actor = c.get('actor');
    if (!actor) return c.json({ error: 'Sign in to see returns.' }, 401);
    const indicator = findIndicator(c.req.param('indicatorId'));
    if (!indicator)
      return c.json({ error: 'There is no such indicator.', field: 'indicatorId' }, 404);
    const key = { area: c.req.query('area') ?? authority(), period: c.req.query('period') ?? '' };
    return c.json(await viewOf(actor, indicator, key));
  });

  /** One step of the cycle for the indicator in the path and the period in the body or query. */
  async function step(
    c: Context<AuthEnv>,
    read: (
      body: unknown,
    ) => { key: Omit<ReturnKey, 'indicatorId'>; action: ReturnAction } | Response,
  ) {
    const actor = c.get('actor');
    if (!actor) return c.json({ error: 'Sign in to work on returns.' }, 401);
    const indicator = findIndicator(c.req.param('indicatorId') ?? '');
    if (!indicator)
      return c.json({ error: 'There is no such indicator.', field: 'indicatorId' }, 404);
    // Refused before the body is read: someone with no rights learns nothing from a 422.
    if (!hasReturnRights(returnRights(engine(), actor, indicator))) {
      return c.json({ error: forbiddenReason('edit', indicator) }, 403);
    }
    const parsed = read(await readJson(c));
    if (parsed instanceof Response) return parsed;
    const key: ReturnKey = { indicatorId: indicator.id, ...parsed.key };
    const old = await readReturn(deps.db, key);
    const plan = planReturnStep(engine(), actor, indicator, key, parsed.action, old);
    if (!plan.ok) return c.json(plan.body, plan.status);
    if (plan.publish) {
      // Approving publishes: the figure goes into the record with its history, as any correction.
      const write = engine().planWrite(indicator.id, plan.publish);
      if (!write.ok) return c.json(write.body, write.status);
      const version = engine().slotState(write.body).version;
      const published = await deps.service.recordFigure(indicator.id, plan.publish, {
        actor,
        ifMatch: version > 0 ? version : undefined,
      });
      if (!published.ok) return c.json(published.body, published.status);
    }
    const written = await writeReturn(deps.db, {
      key,
      expectedVersion: old?.version ?? 0,
      state: plan.state,
      action: parsed.action.action,
      actor,
      reason: parsed.action.action === 'return' ? parsed.action.reason : '',
      address: deps.addressOf(c),
      old,
    });
    if (!written) {
      return c.json(
        {
          error:
            'Someone else changed this return while you were working on it. Reload it and try again.',
        },
        409,
      );
    }
    return c.json(await viewOf(actor, indicator, key));
  }

  const periodKey = (c: Context) => ({
    period: c.req.query('period') ?? '',
    area: c.req.query('area') ?? authority(),
  });

  app.put('/returns/:indicatorId', (c) =>
    step(c, (body) => {
      const parsed = saveReturnRequestSchema.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return c.json(
          { error: issue?.message ?? 'Not understood.', field: String(issue?.path[0] ?? 'body') },
          422,
        );
      }
      return {
        key: { period: parsed.data.period, area: parsed.data.area ?? authority() },
        action: { action: 'save', value: parsed.data.value, commentary: parsed.data.commentary },
      };
    }),
  );
  app.post('/returns/:indicatorId/submit', (c) =>
    step(c, () => ({ key: periodKey(c), action: { action: 'submit' } })),
  );
  app.post('/returns/:indicatorId/approve', (c) =>
    step(c, () => ({ key: periodKey(c), action: { action: 'approve' } })),
  );
  app.post('/returns/:indicatorId/return', (c) =>
    step(c, (body) => {
      const parsed = returnReasonRequestSchema.safeParse(body);
      if (!parsed.success)
        return c.json(
          { error: parsed.error.issues[0]?.message ?? 'Say why.', field: 'reason' },
          422,
        );
      return { key: periodKey(c), action: { action: 'return', reason: parsed.data.reason } };
    }),
  );

  return app;
}

/**
 * The returns cycle over HTTP: save a draft, submit, approve (which publishes the figure through
 * the service, with its history), return with a reason, and "my returns". Every rule is the
 * domain's (src/domain/return-cycle.ts, roles.ts, due-dates.ts); this file only wires them.
 */
import { Hono, type Context } from 'hono';
import {
  myReturnsResponseSchema,
  returnReasonRequestSchema,
  returnResponseSchema,
  saveReturnRequestSchema,
} from '@/data/api/contract';
import type { Indicator } from '@/data/contract/dataset-schema';
import { assessIndicator } from '@/domain/assess';
import { dueDateFor, dueDateRuleFor, returnTiming } from '@/domain/due-dates';
import { previousPeriodId } from '@/domain/periods';
import {
  applyReturnAction,
  availableReturnActions,
  describeReturnStatus,
  type ReturnAction,
} from '@/domain/return-cycle';
import { canApprove, canEdit, forbiddenReason } from '@/domain/roles';
import type { RagstoneService } from '../service';
import type { AccountsDatabase } from './db';
import { dueRulesInForce } from './due-rules';
import type { Actor, AuthEnv } from './middleware';
import { readReturn, returnsFor, toState, writeReturn, type ReturnKey } from './returns-store';

export interface ReturnsDeps {
  db: AccountsDatabase;
  service: RagstoneService;
  addressOf: (c: Context) => string;
  today?: () => string;
}

const STATUS_FOR_PROBLEM = { forbidden: 403, conflict: 409, invalid: 422 } as const;

async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json<unknown>();
  } catch {
    return undefined;
  }
}

/** The periods a return is expected for as at `today`: the last three that have ended, and the current one. */
function recentPeriods(indicator: Indicator, today: string): string[] {
  const month = today.slice(0, 7);
  const year = Number(today.slice(0, 4));
  const monthNumber = Number(today.slice(5, 7));
  const fy = monthNumber >= 4 ? year : year - 1;
  const quarter = Math.floor(((monthNumber + 8) % 12) / 3) + 1;
  const current =
    indicator.frequency === 'monthly'
      ? month
      : indicator.frequency === 'quarterly'
        ? `${fy}/${String((fy + 1) % 100).padStart(2, '0')} Q${quarter}`
        : indicator.frequency === 'annual'
          ? `${fy}/${String((fy + 1) % 100).padStart(2, '0')}`
          : null;
  if (current === null) return [];
  const periods = [current];
  let previous = previousPeriodId(current);
  for (let i = 0; i < 3 && previous !== null; i += 1) {
    periods.unshift(previous);
    previous = previousPeriodId(previous);
  }
  return periods;
}

export function returnsRoutes(deps: ReturnsDeps) {
  const app = new Hono<AuthEnv>();
  const today = deps.today ?? (() => new Date().toISOString().slice(0, 10));
  const engine = () => deps.service.engine();
  const authority = () => engine().dataset.manifest.authority.id;
  const findIndicator = (id: string) => engine().dataset.indicators.find((i) => i.id === id);

  function rightsOf(actor: Actor, indicator: Indicator) {
    const tree = engine().dataset;
    return {
      id: actor.id,
      mayEdit: canEdit(actor, indicator, tree),
      mayApprove: canApprove(actor, indicator, tree),
    };
  }

  /** The status the figure would get, so red and amber figures need a commentary. */
  function ratingWith(indicator: Indicator, key: ReturnKey, value: number | null) {
    if (value === null) return 'not-rated' as const;
    const planned = engine().planWrite(indicator.id, { period: key.period, value, area: key.area });
    if (!planned.ok) return 'not-rated' as const;
    const detail = engine().indicatorDetail(indicator.id, key.area);
    const others = detail.ok
      ? detail.body.observations.filter(
          (o) =>
            !(
              o.period === key.period &&
              o.basis === 'period' &&
              o.measure === planned.body.observation.measure
            ),
        )
      : [];
    return assessIndicator(indicator, [...others, planned.body.observation], key.period)
      .latestRating.status;
  }

  app.get('/returns/mine', async (c) => {
    const actor = c.get('actor');
    if (!actor) return c.json({ error: 'Sign in to see your returns.' }, 401);
    const asAt = c.req.query('today') ?? today();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asAt) || Number.isNaN(Date.parse(asAt))) {
      return c.json({ error: 'today must be a date such as 2012-06-10.', field: 'today' }, 400);
    }
    const area = authority();
    const stored = new Map(
      (await returnsFor(deps.db, area)).map((r) => [`${r.indicatorId}\u0000${r.period}`, r]),
    );
    const items = [];
    const dueRules = await dueRulesInForce(deps.db);
    for (const indicator of engine().dataset.indicators) {
      const rights = rightsOf(actor, indicator);
      if (!rights.mayEdit && !rights.mayApprove) continue;
      const { rule } = dueDateRuleFor(indicator.frequency, dueRules.get(indicator.id));
      const detail = engine().indicatorDetail(indicator.id, area);
      const publishedPeriods = new Set(
        detail.ok
          ? detail.body.observations.filter((o) => o.value !== null).map((o) => o.period)
          : [],
      );
      for (const period of recentPeriods(indicator, asAt)) {
        const due = dueDateFor(period, rule);
        const mine = stored.get(`${indicator.id}\u0000${period}`) ?? null;
        const published = publishedPeriods.has(period);
        const received = published || mine?.status === 'submitted' || mine?.status === 'approved';
        const timing = returnTiming(period, asAt, received, rule);
        if (!due || !timing) continue;
        items.push({
          indicatorId: indicator.id,
          title: indicator.title,
          period,
          dueDate: due.date,
          dueReason: due.reason,
          timing: timing.state,
          timingReason: timing.reason,
          status: mine?.status ?? null,
          statusLabel:
            published && !mine ? 'Published' : describeReturnStatus(mine?.status ?? null),
          published,
          actions: availableReturnActions(toState(mine), rights),
        });
      }
    }
    return c.json(myReturnsResponseSchema.parse({ today: asAt, items }));
  });

  app.get('/returns/:indicatorId', async (c) => {
    const actor = c.get('actor');
    if (!actor) return c.json({ error: 'Sign in to see returns.' }, 401);
    const indicator = findIndicator(c.req.param('indicatorId'));
    if (!indicator)
      return c.json({ error: 'There is no such indicator.', field: 'indicatorId' }, 404);
    const rights = rightsOf(actor, indicator);
    if (!rights.mayEdit && !rights.mayApprove) {
      return c.json({ error: forbiddenReason('edit', indicator) }, 403);
    }
    const period = c.req.query('period') ?? '';
    const stored = await readReturn(deps.db, {
      indicatorId: indicator.id,
      area: c.req.query('area') ?? authority(),
      period,
    });
    return c.json(
      returnResponseSchema.parse({
        return: stored,
        statusLabel: describeReturnStatus(stored?.status ?? null),
        actions: availableReturnActions(toState(stored), rights),
      }),
    );
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
    const rights = rightsOf(actor, indicator);
    if (!rights.mayEdit && !rights.mayApprove) {
      return c.json({ error: forbiddenReason('edit', indicator) }, 403);
    }
    const parsed = read(await readJson(c));
    if (parsed instanceof Response) return parsed;
    const key: ReturnKey = { indicatorId: indicator.id, ...parsed.key };
    if (parsed.action.action === 'save') {
      // The period, area and value must be ones the indicator can take (422 naming the field).
      const planned = engine().planWrite(indicator.id, {
        period: key.period,
        area: key.area,
        value: parsed.action.value,
      });
      if (!planned.ok) return c.json(planned.body, planned.status);
    }
    const old = await readReturn(deps.db, key);
    const value = parsed.action.action === 'save' ? parsed.action.value : (old?.value ?? null);
    const outcome = applyReturnAction(toState(old), parsed.action, rights, {
      rating: ratingWith(indicator, key, value),
    });
    if (!outcome.ok) {
      return c.json(
        { error: outcome.reason, ...(outcome.field ? { field: outcome.field } : {}) },
        STATUS_FOR_PROBLEM[outcome.problem],
      );
    }
    if (parsed.action.action === 'approve' && old?.value !== null && old?.value !== undefined) {
      // Approving publishes: the figure goes into the record with its history, as any correction.
      const write = engine().planWrite(indicator.id, {
        period: key.period,
        area: key.area,
        value: old.value,
      });
      if (!write.ok) return c.json(write.body, write.status);
      const version = engine().slotState(write.body).version;
      const published = await deps.service.recordFigure(
        indicator.id,
        {
          period: key.period,
          area: key.area,
          value: old.value,
          ...(old.commentary ? { commentary: old.commentary } : {}),
          reason: `Approved by ${actor.name}`,
        },
        { actor, ifMatch: version > 0 ? version : undefined },
      );
      if (!published.ok) return c.json(published.body, published.status);
    }
    const written = await writeReturn(deps.db, {
      key,
      expectedVersion: old?.version ?? 0,
      state: outcome.state,
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
    const stored = await readReturn(deps.db, key);
    return c.json(
      returnResponseSchema.parse({
        return: stored,
        statusLabel: describeReturnStatus(stored?.status ?? null),
        actions: availableReturnActions(toState(stored), rights),
      }),
    );
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

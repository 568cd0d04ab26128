/**
 * One step of the returns cycle: save a draft, submit, approve (which publishes the figure through
 * the service, with its history) or return with a reason. Every rule is the domain's
 * (src/domain/return-cycle.ts, roles.ts); this file only runs them in order.
 */
import type { Context } from 'hono';
import { returnReasonRequestSchema, saveReturnRequestSchema } from '@/data/api/contract';
import type { Indicator } from '@/data/contract/dataset-schema';
import type { ReturnAction } from '@/domain/return-cycle';
import { forbiddenReason } from '@/domain/roles';
import {
  hasReturnRights,
  planReturnStep,
  returnRights,
  type PublishedFigure,
} from '../engine/returns';
import { readJson } from './json-body';
import type { Actor, AuthEnv } from './middleware';
import {
  authorityOf,
  findIndicator,
  noSuchIndicator,
  viewOf,
  type ReturnsDeps,
} from './returns-common';
import { readReturn, writeReturn, type ReturnKey } from './returns-store';

type StepContext = Context<AuthEnv, `/returns/:indicatorId${string}`>;

/** What a step reads from its request: the period's key and the action, or the 422 for a bad body. */
type StepReader = (
  body: unknown,
) => { key: Omit<ReturnKey, 'indicatorId'>; action: ReturnAction } | Response;

const CHANGED_MEANWHILE =
  'Someone else changed this return while you were working on it. Reload it and try again.';

/** Approving publishes: the figure goes into the record with its history, as any correction. */
async function publishApproved(
  c: StepContext,
  deps: ReturnsDeps,
  actor: Actor,
  indicator: Indicator,
  publish: PublishedFigure,
) {
  const engine = deps.service.engine();
  const write = engine.planWrite(indicator.id, publish);
  if (!write.ok) return c.json(write.body, write.status);
  const version = engine.slotState(write.body).version;
  const published = await deps.service.recordFigure(indicator.id, publish, {
    actor,
    ifMatch: version > 0 ? version : undefined,
  });
  if (!published.ok) return c.json(published.body, published.status);
  return null;
}

/** One step for the indicator in the path and the period in the body or query. */
async function step(c: StepContext, deps: ReturnsDeps, read: StepReader) {
  const actor = c.get('actor');
  if (!actor) return c.json({ error: 'Sign in to work on returns.' }, 401);
  const indicator = findIndicator(deps, c.req.param('indicatorId'));
  if (!indicator) return noSuchIndicator(c);
  // Refused before the body is read: someone with no rights learns nothing from a 422.
  if (!hasReturnRights(returnRights(deps.service.engine(), actor, indicator))) {
    return c.json({ error: forbiddenReason('edit', indicator) }, 403);
  }
  const parsed = read(await readJson(c));
  if (parsed instanceof Response) return parsed;
  const key: ReturnKey = { indicatorId: indicator.id, ...parsed.key };
  const old = await readReturn(deps.db, key);
  const plan = planReturnStep(deps.service.engine(), actor, indicator, key, parsed.action, old);
  if (!plan.ok) return c.json(plan.body, plan.status);
  if (plan.publish) {
    const refused = await publishApproved(c, deps, actor, indicator, plan.publish);
    if (refused) return refused;
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
  if (!written) return c.json({ error: CHANGED_MEANWHILE }, 409);
  return c.json(await viewOf(deps, actor, indicator, key));
}

/** The period and area a bodiless step names in its query. */
const periodKey = (c: StepContext, deps: ReturnsDeps) => ({
  period: c.req.query('period') ?? '',
  area: c.req.query('area') ?? authorityOf(deps),
});

/** PUT /returns/:indicatorId: save a draft from the body. */
export const saveReturnHandler = (c: StepContext, deps: ReturnsDeps) =>
  step(c, deps, (body) => {
    const parsed = saveReturnRequestSchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return c.json(
        { error: issue?.message ?? 'Not understood.', field: String(issue?.path[0] ?? 'body') },
        422,
      );
    }
    return {
      key: { period: parsed.data.period, area: parsed.data.area ?? authorityOf(deps) },
      action: { action: 'save', value: parsed.data.value, commentary: parsed.data.commentary },
    };
  });

/** POST /returns/:indicatorId/submit */
export const submitReturnHandler = (c: StepContext, deps: ReturnsDeps) =>
  step(c, deps, () => ({ key: periodKey(c, deps), action: { action: 'submit' } }));

/** POST /returns/:indicatorId/approve */
export const approveReturnHandler = (c: StepContext, deps: ReturnsDeps) =>
  step(c, deps, () => ({ key: periodKey(c, deps), action: { action: 'approve' } }));

/** POST /returns/:indicatorId/return: back to the contributor, saying why. */
export const sendBackReturnHandler = (c: StepContext, deps: ReturnsDeps) =>
  step(c, deps, (body) => {
    const parsed = returnReasonRequestSchema.safeParse(body);
    if (!parsed.success)
      return c.json({ error: parsed.error.issues[0]?.message ?? 'Say why.', field: 'reason' }, 422);
    return { key: periodKey(c, deps), action: { action: 'return', reason: parsed.data.reason } };
  });

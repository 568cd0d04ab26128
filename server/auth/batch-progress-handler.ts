/**
 * GET /return-batches/indicators/:indicatorId: an indicator's returns in progress, for those who
 * enter, approve or administer its figures.
 */
import type { Context } from 'hono';
import { indicatorReturnsResponseSchema } from '@/data/api/returns-batch-contract';
import { describeReturnStatus } from '@/domain/return-cycle';
import { forbiddenReason } from '@/domain/roles';
import type { BatchDeps } from './batch-common';
import { maySeeReturnsInProgress } from './batch-rights';
import { returnsOfIndicator } from './batch-store';
import type { AuthEnv } from './middleware';

export async function returnsInProgressHandler(
  c: Context<AuthEnv, '/return-batches/indicators/:indicatorId'>,
  deps: BatchDeps,
) {
  const actor = c.get('actor');
  if (!actor) return c.json({ error: 'Sign in to see returns in progress.' }, 401);
  const tree = deps.service.engine().dataset;
  const indicator = tree.indicators.find(
    (candidate) => candidate.id === c.req.param('indicatorId'),
  );
  if (!indicator)
    return c.json({ error: 'There is no such indicator.', field: 'indicatorId' }, 404);
  if (!maySeeReturnsInProgress(actor, indicator, tree))
    return c.json({ error: forbiddenReason('edit', indicator) }, 403);
  const returns = (await returnsOfIndicator(deps.db, indicator.id)).map((stored) => ({
    area: stored.area,
    period: stored.period,
    status: stored.status,
    statusLabel: describeReturnStatus(stored.status),
    value: stored.value,
    commentary: stored.commentary,
    batchId: stored.batchId,
    updatedBy: stored.updatedBy,
  }));
  return c.json(indicatorReturnsResponseSchema.parse({ returns }));
}

/**
 * POST /return-batches/:id/undo: undo a whole import, in the service's queue, when the person has
 * the right to every row and none of its figures has moved on since.
 */
import type { Context } from 'hono';
import { returnBatchResponseSchema } from '@/data/api/returns-batch-contract';
import { mayWriteAnything } from '@/domain/roles';
import { VIEWER_REFUSAL, writeOr409, type BatchDeps } from './batch-common';
import { batchUndoRefusal } from './batch-rights';
import { batchEntries, readBatch, undoBatch, undoRefusals } from './batch-store';
import type { Actor, AuthEnv } from './middleware';
import { batchAlreadyUndone, batchUndoRefused } from './route-messages';

type UndoContext = Context<AuthEnv, '/return-batches/:id/undo'>;

/** The batch's rows undone together, or the first reason they cannot be. */
async function undoExisting(c: UndoContext, deps: BatchDeps, actor: Actor, id: string) {
  const batch = await readBatch(deps.db, id);
  if (!batch) return c.json({ error: 'There is no such import batch.', field: 'id' }, 404);
  if (batch.undoneAt !== null) return c.json({ error: batchAlreadyUndone(batch.undoneBy) }, 409);
  const entries = await batchEntries(deps.db, id);
  const forbidden = batchUndoRefusal(actor, entries, deps.service.engine().dataset);
  if (forbidden !== null) return c.json({ error: forbidden }, 403);
  const refusals = await undoRefusals(deps.db, entries);
  if (refusals.length > 0) return c.json({ error: batchUndoRefused(refusals) }, 409);
  const conflict = await writeOr409(c, () =>
    undoBatch(deps.db, entries, deps.service.engine(), { id, actor, address: deps.addressOf(c) }),
  );
  if (conflict) return conflict;
  if (entries.some((entry) => entry.kind !== 'return')) await deps.service.refresh();
  return c.json(
    returnBatchResponseSchema.parse({ batch: await readBatch(deps.db, id), problems: [] }),
  );
}

export async function undoBatchHandler(c: UndoContext, deps: BatchDeps) {
  const actor = c.get('actor');
  if (!actor) return c.json({ error: 'Sign in to undo an import.' }, 401);
  if (!mayWriteAnything(actor)) return c.json({ error: VIEWER_REFUSAL }, 403);
  const id = c.req.param('id');
  return deps.service.exclusive(() => undoExisting(c, deps, actor, id));
}

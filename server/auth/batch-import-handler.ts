/**
 * POST /return-batches: check a filled returns template (200 with what the check found), or
 * commit it as one batch (201), writing nothing when any row has a problem (422). Rights are
 * checked per row by checkBatch; a batch with no row the person may write is refused first.
 */
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import {
  returnBatchRequestSchema,
  returnBatchResponseSchema,
  type ReturnBatchBody,
} from '@/data/api/returns-batch-contract';
import type { BatchMode } from '@/domain/returns-template';
import { mayWriteAnything } from '@/domain/roles';
import {
  batchCellsRefused,
  checkBatch,
  NOTHING_CHANGES,
  type BatchPlan,
} from '@server/engine/batch-check';
import { VIEWER_REFUSAL, writeOr409, type BatchDeps } from './batch-common';
import { batchWriteRefusal } from './batch-rights';
import { commitBatch, readBatch } from './batch-store';
import { readJson } from './json-body';
import type { Actor, AuthEnv } from './middleware';
import { readReturn } from './returns-store';

/** zod's complaints about the request as template problems: no sheet or row, the field's path. */
const contractProblems = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) =>
  issues.map((issue) => ({
    sheet: '',
    row: 0,
    column: issue.path.join('.'),
    problem: issue.message,
  }));

/** Writes a clean plan as one batch (201), refreshing the dataset when definitions changed. */
async function commitPlan(
  c: Context<AuthEnv>,
  deps: BatchDeps,
  actor: Actor,
  plan: BatchPlan,
  file: { fileName: string; mode: BatchMode },
) {
  const id = randomUUID();
  const meta = { id, ...file, actor, address: deps.addressOf(c) };
  const conflict = await writeOr409(c, () =>
    commitBatch(deps.db, plan, deps.service.engine(), meta),
  );
  if (conflict) return conflict;
  if (plan.definitions.length > 0) await deps.service.refresh();
  const batch = await readBatch(deps.db, id);
  return c.json(returnBatchResponseSchema.parse({ batch, problems: [] }), 201);
}

/** In the service's queue: check every row, then answer the check or commit the plan. */
async function checkThenCommit(
  c: Context<AuthEnv>,
  deps: BatchDeps,
  actor: Actor,
  body: ReturnBatchBody,
) {
  const plan = await checkBatch(body, {
    engine: deps.service.engine(),
    actor,
    currentReturn: (key) => readReturn(deps.db, key),
  });
  // A check answers 200 with what it found; a commit with any problem writes nothing (422).
  if (body.mode === 'check')
    return c.json(
      returnBatchResponseSchema.parse({
        batch: null,
        problems: plan.problems,
        unchanged: plan.unchanged,
      }),
    );
  if (plan.problems.length > 0) {
    return c.json(
      {
        error: batchCellsRefused(plan.problems.length),
        ...returnBatchResponseSchema.parse({ batch: null, problems: plan.problems }),
      },
      422,
    );
  }
  if (plan.returns.length + plan.definitions.length === 0)
    return c.json({ error: NOTHING_CHANGES, batch: null, problems: [] }, 422);
  return commitPlan(c, deps, actor, plan, { fileName: body.fileName, mode: body.mode });
}

export async function importBatchHandler(c: Context<AuthEnv>, deps: BatchDeps) {
  const actor = c.get('actor');
  if (!actor) return c.json({ error: 'Sign in to import returns.' }, 401);
  if (!mayWriteAnything(actor)) return c.json({ error: VIEWER_REFUSAL }, 403);
  const parsed = returnBatchRequestSchema.safeParse(await readJson(c));
  if (!parsed.success) {
    const problems = contractProblems(parsed.error.issues);
    return c.json({ error: 'The batch does not match the contract.', batch: null, problems }, 422);
  }
  const body = parsed.data;
  const refusal = batchWriteRefusal(actor, body, deps.service.engine().dataset);
  if (refusal !== null) return c.json({ error: refusal }, 403);
  return deps.service.exclusive(() => checkThenCommit(c, deps, actor, body));
}

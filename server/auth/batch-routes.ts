/**
 * The returns-template batch over HTTP (src/data/api/returns-batch-contract.ts): check or commit a
 * filled template as one batch, undo a batch, and list an indicator's returns in progress. Rights
 * are checked per row on the server: contributors for their units' indicators, definitions only by
 * administrators.
 */
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import {
  indicatorReturnsResponseSchema,
  returnBatchRequestSchema,
  returnBatchResponseSchema,
} from '@/data/api/returns-batch-contract';
import { describeReturnStatus } from '@/domain/return-cycle';
import {
  canApprove,
  canEdit,
  forbiddenReason,
  isAdministrator,
  mayWriteAnything,
} from '@/domain/roles';
import type { RagstoneService } from '../service';
import { checkBatch, NOTHING_CHANGES } from '@server/engine/batch-check';
import {
  BatchConflict,
  batchEntries,
  commitBatch,
  readBatch,
  returnsOfIndicator,
  undoBatch,
  undoRefusals,
} from './batch-store';
import type { AccountsDatabase } from './db';
import type { AuthEnv } from './middleware';
import { readReturn } from './returns-store';

export interface BatchDeps {
  db: AccountsDatabase;
  service: RagstoneService;
  addressOf: (c: Context) => string;
}

async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json<unknown>();
  } catch {
    return undefined;
  }
}

const VIEWER_REFUSAL =
  'Your account may read figures only: importing returns needs a contributor role for the units that own them.';

export function batchRoutes(deps: BatchDeps) {
  const app = new Hono<AuthEnv>();
  const engine = () => deps.service.engine();

  app.post('/return-batches', async (c) => {
    const actor = c.get('actor');
    if (!actor) return c.json({ error: 'Sign in to import returns.' }, 401);
    if (!mayWriteAnything(actor)) return c.json({ error: VIEWER_REFUSAL }, 403);
    const parsed = returnBatchRequestSchema.safeParse(await readJson(c));
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => ({
        sheet: '',
        row: 0,
        column: issue.path.join('.'),
        problem: issue.message,
      }));
      return c.json(
        { error: 'The batch does not match the contract.', batch: null, problems },
        422,
      );
    }
    const body = parsed.data;
    const tree = engine().dataset;
    // A batch holding not one row the person may write is refused whole, like a typed figure.
    const mayWriteARow =
      isAdministrator(actor) ||
      body.definitions.length > 0 ||
      body.actuals.some((row) => {
        const indicator = tree.indicators.find((candidate) => candidate.id === row.indicatorId);
        return indicator === undefined || canEdit(actor, indicator, tree);
      });
    if (!mayWriteARow) {
      const indicator = tree.indicators.find((i) => i.id === body.actuals[0]?.indicatorId);
      return c.json({ error: forbiddenReason('edit', indicator) }, 403);
    }
    return deps.service.exclusive(async () => {
      const plan = await checkBatch(body, {
        engine: engine(),
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
            error: `${plan.problems.length} cell${plan.problems.length === 1 ? '' : 's'} cannot be imported; nothing was written.`,
            ...returnBatchResponseSchema.parse({ batch: null, problems: plan.problems }),
          },
          422,
        );
      }
      if (plan.returns.length + plan.definitions.length === 0)
        return c.json({ error: NOTHING_CHANGES, batch: null, problems: [] }, 422);
      const id = randomUUID();
      try {
        await commitBatch(deps.db, plan, engine(), {
          id,
          fileName: body.fileName,
          mode: body.mode,
          actor,
          address: deps.addressOf(c),
        });
      } catch (error) {
        if (error instanceof BatchConflict) return c.json({ error: error.message }, 409);
        throw error;
      }
      if (plan.definitions.length > 0) await deps.service.refresh();
      const batch = await readBatch(deps.db, id);
      return c.json(returnBatchResponseSchema.parse({ batch, problems: [] }), 201);
    });
  });

  app.post('/return-batches/:id/undo', async (c) => {
    const actor = c.get('actor');
    if (!actor) return c.json({ error: 'Sign in to undo an import.' }, 401);
    if (!mayWriteAnything(actor)) return c.json({ error: VIEWER_REFUSAL }, 403);
    const id = c.req.param('id');
    return deps.service.exclusive(async () => {
      const batch = await readBatch(deps.db, id);
      if (!batch) return c.json({ error: 'There is no such import batch.', field: 'id' }, 404);
      if (batch.undoneAt !== null)
        return c.json(
          { error: `This import was already undone by ${batch.undoneBy ?? 'someone'}.` },
          409,
        );
      const entries = await batchEntries(deps.db, id);
      const tree = engine().dataset;
      for (const entry of entries) {
        const indicator = tree.indicators.find((candidate) => candidate.id === entry.indicatorId);
        const allowed =
          entry.kind === 'return'
            ? indicator !== undefined && canEdit(actor, indicator, tree)
            : isAdministrator(actor);
        if (!allowed)
          return c.json(
            {
              error:
                entry.kind === 'return'
                  ? forbiddenReason('edit', indicator)
                  : forbiddenReason('administer'),
            },
            403,
          );
      }
      const refusals = await undoRefusals(deps.db, entries);
      if (refusals.length > 0) {
        return c.json(
          {
            error: `This import cannot be undone, because ${refusals.length === 1 ? 'one of its figures has' : `${refusals.length} of its figures have`} moved on: ${refusals.join(' ')} Correct those figures one by one instead.`,
          },
          409,
        );
      }
      try {
        await undoBatch(deps.db, entries, engine(), { id, actor, address: deps.addressOf(c) });
      } catch (error) {
        if (error instanceof BatchConflict) return c.json({ error: error.message }, 409);
        throw error;
      }
      if (entries.some((entry) => entry.kind !== 'return')) await deps.service.refresh();
      return c.json(
        returnBatchResponseSchema.parse({ batch: await readBatch(deps.db, id), problems: [] }),
      );
    });
  });

  app.get('/return-batches/indicators/:indicatorId', async (c) => {
    const actor = c.get('actor');
    if (!actor) return c.json({ error: 'Sign in to see returns in progress.' }, 401);
    const tree = engine().dataset;
    const indicator = tree.indicators.find(
      (candidate) => candidate.id === c.req.param('indicatorId'),
    );
    if (!indicator)
      return c.json({ error: 'There is no such indicator.', field: 'indicatorId' }, 404);
    if (
      !canEdit(actor, indicator, tree) &&
      !canApprove(actor, indicator, tree) &&
      !isAdministrator(actor)
    )
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
  });

  return app;
}

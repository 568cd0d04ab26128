/**
 * Writes a checked returns batch in one transaction, and undoes one in another. Each entry keeps
 * what was there before, so undoing writes that back as new history (returns audited, definitions
 * in definition_history, targets and floors through the ordinary figure write) and deletes nothing
 * but a return the batch itself started.
 */
import { and, asc, eq } from 'drizzle-orm';
import { figureReturnSchema, type FigureReturn } from '@/data/api/contract';
import type { ReturnBatch } from '@/data/api/returns-batch-contract';
import { indicatorSchema, type Indicator } from '@/data/contract/dataset-schema';
import type { BatchMode } from '@/domain/returns-template';
import type { ApiEngine } from '@server/engine/engine';
import type { FigureWrite } from '@server/engine/ledger';
import { storeWrite } from '../db/figure-writes';
import { indicators } from '../db/schema';
import { appendAudit } from './audit';
import type { BatchPlan } from '@server/engine/batch-check';
import type { AccountsDatabase } from './db';
import type { Actor } from './middleware';
import { readReturn, type ReturnKey } from './returns-store';
import { definitionHistory, figureReturns, returnBatchEntries, returnBatches } from './schema';

type Tx = Parameters<Parameters<AccountsDatabase['transaction']>[0]>[0];

/** Thrown inside a transaction to roll it back with a message for the person. */
export class BatchConflict extends Error {}

export interface BatchMeta {
  id: string;
  fileName: string;
  mode: BatchMode;
  actor: Actor;
  address: string;
}

const keyWhere = (key: ReturnKey) =>
  and(
    eq(figureReturns.indicatorId, key.indicatorId),
    eq(figureReturns.area, key.area),
    eq(figureReturns.period, key.period),
  );

const describeKey = (key: ReturnKey) => `${key.indicatorId} ${key.area} ${key.period}`;

/**
 * THE SEAM for targets and floors: today a year's target or floor is a figure in the indicator's
 * record (measure 'target' or 'floor', the same write and history as a typed correction). When the
 * per-financial-year target store lands, redirect this one function to it.
 */
export async function storeYearTargetOrFloor(
  tx: Tx,
  write: FigureWrite,
  engine: ApiEngine,
  actor: Actor,
  reason: string,
): Promise<{ before: number | null }> {
  const state = engine.slotState(write);
  const stored = await storeWrite(
    tx,
    { ...write, reason },
    { actor, ifMatch: state.version > 0 ? state.version : undefined },
  );
  if (stored.kind === 'conflict') throw new BatchConflict(stored.body.error);
  if (stored.kind === 'invalid') throw new BatchConflict(stored.error);
  return { before: state.value };
}

async function storeDefinition(
  tx: Tx,
  before: Indicator,
  after: Indicator,
  meta: { batchId: string; actor: Actor; reason: string },
) {
  await tx.update(indicators).set({ record: after }).where(eq(indicators.id, after.id));
  await tx.insert(definitionHistory).values({
    indicatorId: after.id,
    before,
    after,
    reason: meta.reason,
    batchId: meta.batchId,
    actorId: meta.actor.id,
    actorName: meta.actor.name,
  });
}

export async function commitBatch(
  db: AccountsDatabase,
  plan: BatchPlan,
  engine: ApiEngine,
  meta: BatchMeta,
): Promise<void> {
  const reason = `Imported from ${meta.fileName} (batch ${meta.id})`;
  await db.transaction(async (tx) => {
    await tx.insert(returnBatches).values({
      id: meta.id,
      fileName: meta.fileName,
      mode: meta.mode,
      createdById: meta.actor.id,
      createdBy: meta.actor.name,
    });
    for (const planned of plan.returns) {
      const version = (planned.old?.version ?? 0) + 1;
      const values = {
        ...planned.state,
        updatedBy: meta.actor.name,
        updatedAt: new Date(),
        version,
        batchId: meta.id,
      };
      const written = planned.old
        ? await tx
            .update(figureReturns)
            .set(values)
            .where(and(keyWhere(planned.key), eq(figureReturns.version, planned.old.version)))
            .returning({ version: figureReturns.version })
        : await tx
            .insert(figureReturns)
            .values({ ...planned.key, ...values })
            .onConflictDoNothing()
            .returning({ version: figureReturns.version });
      if (written.length === 0)
        throw new BatchConflict(
          `Someone else changed the return for ${describeKey(planned.key)} while the file was being imported. Import it again.`,
        );
      await tx.insert(returnBatchEntries).values({
        batchId: meta.id,
        kind: 'return',
        ...planned.key,
        before: planned.old,
        after: planned.state,
        writtenVersion: version,
      });
      await appendAudit(tx, {
        actor: meta.actor,
        action: `return.import-${meta.mode === 'submitted' ? 'submit' : 'save'}`,
        subject: describeKey(planned.key),
        old: planned.old && {
          status: planned.old.status,
          value: planned.old.value,
          commentary: planned.old.commentary,
        },
        new: {
          status: planned.state.status,
          value: planned.state.value,
          commentary: planned.state.commentary,
        },
        reason,
        address: meta.address,
      });
    }
    for (const planned of plan.definitions) {
      if (planned.after) {
        await storeDefinition(tx, planned.before, planned.after, {
          batchId: meta.id,
          actor: meta.actor,
          reason,
        });
        await tx.insert(returnBatchEntries).values({
          batchId: meta.id,
          kind: 'definition',
          indicatorId: planned.before.id,
          before: planned.before,
          after: planned.after,
        });
        await appendAudit(tx, {
          actor: meta.actor,
          action: 'definition.import',
          subject: planned.before.id,
          old: planned.before,
          new: planned.after,
          reason,
          address: meta.address,
        });
      }
      for (const write of planned.figures) {
        const { before } = await storeYearTargetOrFloor(tx, write, engine, meta.actor, reason);
        await tx.insert(returnBatchEntries).values({
          batchId: meta.id,
          kind: write.slot.measure === 'floor' ? 'floor' : 'target',
          indicatorId: write.slot.indicatorId,
          area: write.slot.area,
          period: write.slot.period,
          before: { value: before },
          after: { slot: write.slot, value: write.observation.value },
        });
      }
    }
    await appendAudit(tx, {
      actor: meta.actor,
      action: 'batch.import',
      subject: `batch ${meta.id}`,
      new: {
        fileName: meta.fileName,
        mode: meta.mode,
        returns: plan.returns.length,
        definitions: plan.definitions.length,
      },
      reason,
      address: meta.address,
    });
  });
}

export async function readBatch(db: AccountsDatabase, id: string): Promise<ReturnBatch | null> {
  const [row] = await db.select().from(returnBatches).where(eq(returnBatches.id, id));
  if (!row) return null;
  const entries = await db
    .select({ kind: returnBatchEntries.kind })
    .from(returnBatchEntries)
    .where(eq(returnBatchEntries.batchId, id));
  return {
    id: row.id,
    fileName: row.fileName,
    mode: row.mode === 'submitted' ? 'submitted' : 'draft',
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    actuals: entries.filter((entry) => entry.kind === 'return').length,
    definitions: entries.filter((entry) => entry.kind !== 'return').length,
    undoneAt: row.undoneAt?.toISOString() ?? null,
    undoneBy: row.undoneBy,
  };
}

export async function batchEntries(db: AccountsDatabase, id: string) {
  return db
    .select()
    .from(returnBatchEntries)
    .where(eq(returnBatchEntries.batchId, id))
    .orderBy(asc(returnBatchEntries.id));
}
type Entry = Awaited<ReturnType<typeof batchEntries>>[number];

const entryKey = (entry: Entry): ReturnKey => ({
  indicatorId: entry.indicatorId,
  area: entry.area,
  period: entry.period,
});

/** Why the batch cannot be undone, one sentence per figure; [] when it can. */
export async function undoRefusals(db: AccountsDatabase, entries: readonly Entry[]) {
  const refusals: string[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'return') continue;
    const current = await readReturn(db, entryKey(entry));
    const what = `${entry.indicatorId} for ${entry.period}`;
    if (current?.status === 'approved') {
      refusals.push(`${what} was approved and published by then (${current.updatedBy}).`);
    } else if (current?.version !== entry.writtenVersion) {
      refusals.push(
        `${what} was changed after the import${current ? ` by ${current.updatedBy}` : ''}.`,
      );
    }
  }
  return refusals;
}

function figureWriteBack(entry: Entry, reason: string): FigureWrite {
  const after = entry.after as { slot: FigureWrite['slot'] };
  const before = (entry.before as { value: number | null } | null)?.value ?? null;
  return {
    slot: after.slot,
    observation:
      before === null
        ? {
            ...after.slot,
            value: null,
            missing: { reason: 'other', text: 'Withdrawn: the import that set it was undone.' },
          }
        : { ...after.slot, value: before, printed: String(before) },
    commentary: null,
    reason,
  };
}

export async function undoBatch(
  db: AccountsDatabase,
  entries: readonly Entry[],
  engine: ApiEngine,
  meta: { id: string; actor: Actor; address: string },
): Promise<void> {
  const reason = `Undo of import batch ${meta.id}`;
  await db.transaction(async (tx) => {
    for (const entry of [...entries].reverse()) {
      if (entry.kind === 'return') {
        const key = entryKey(entry);
        const current = await readReturn(tx, key);
        if (!current || current.version !== entry.writtenVersion)
          throw new BatchConflict(`${describeKey(key)} changed while the batch was being undone.`);
        const before: FigureReturn | null =
          entry.before === null ? null : figureReturnSchema.parse(entry.before);
        if (before === null) {
          // The batch started this return; taking it away leaves the audit log and the batch entry.
          await tx.delete(figureReturns).where(keyWhere(key));
        } else {
          await tx
            .update(figureReturns)
            .set({
              status: before.status,
              value: before.value,
              commentary: before.commentary,
              submittedBy: before.submittedBy,
              returnReason: before.returnReason,
              updatedBy: meta.actor.name,
              updatedAt: new Date(),
              version: current.version + 1,
              batchId: null,
            })
            .where(keyWhere(key));
        }
        await appendAudit(tx, {
          actor: meta.actor,
          action: 'return.undo-import',
          subject: describeKey(key),
          old: { status: current.status, value: current.value, commentary: current.commentary },
          new: before && {
            status: before.status,
            value: before.value,
            commentary: before.commentary,
          },
          reason,
          address: meta.address,
        });
      } else if (entry.kind === 'definition') {
        const before = indicatorSchema.parse(entry.before);
        const after = indicatorSchema.parse(entry.after);
        await storeDefinition(tx, after, before, { batchId: meta.id, actor: meta.actor, reason });
      } else {
        await storeYearTargetOrFloor(
          tx,
          figureWriteBack(entry, reason),
          engine,
          meta.actor,
          reason,
        );
      }
    }
    await tx
      .update(returnBatches)
      .set({ undoneAt: new Date(), undoneBy: meta.actor.name })
      .where(eq(returnBatches.id, meta.id));
    await appendAudit(tx, {
      actor: meta.actor,
      action: 'batch.undo',
      subject: `batch ${meta.id}`,
      reason,
      address: meta.address,
    });
  });
}

export async function returnsOfIndicator(db: AccountsDatabase, indicatorId: string) {
  const rows = await db
    .select()
    .from(figureReturns)
    .where(eq(figureReturns.indicatorId, indicatorId))
    .orderBy(asc(figureReturns.period));
  return rows.map((row) => ({
    ...figureReturnSchema.parse({ ...row, updatedAt: row.updatedAt.toISOString() }),
    batchId: row.batchId,
  }));
}

/** Returns in progress, one row per indicator, area and period; every change is audited with it. */
import { and, eq } from 'drizzle-orm';
import { figureReturnSchema, type FigureReturn } from '@/data/api/contract';
import type { ReturnState } from '@/domain/return-cycle';
import { appendAudit } from './audit';
import type { AccountsDatabase } from './db';
import { figureReturns } from './schema';

import type { ReturnKey } from '@server/engine/batch-check';

export type { ReturnKey };
export { toState } from '@server/engine/batch-check';

const where = (key: ReturnKey) =>
  and(
    eq(figureReturns.indicatorId, key.indicatorId),
    eq(figureReturns.area, key.area),
    eq(figureReturns.period, key.period),
  );

const fromRow = (row: typeof figureReturns.$inferSelect): FigureReturn =>
  figureReturnSchema.parse({ ...row, updatedAt: row.updatedAt.toISOString() });

export async function readReturn(
  db: AccountsDatabase,
  key: ReturnKey,
): Promise<FigureReturn | null> {
  const [row] = await db.select().from(figureReturns).where(where(key));
  return row ? fromRow(row) : null;
}

export async function returnsFor(db: AccountsDatabase, area: string): Promise<FigureReturn[]> {
  const rows = await db.select().from(figureReturns).where(eq(figureReturns.area, area));
  return rows.map(fromRow);
}

export interface ReturnChange {
  key: ReturnKey;
  /** The version the change was worked out from (0 when there was none): a race gives false. */
  expectedVersion: number;
  state: ReturnState;
  action: string;
  actor: { id: string; name: string };
  reason: string;
  address: string;
  old: FigureReturn | null;
}

/** Stores the new state and its audit row together; false if someone else changed it first. */
export async function writeReturn(db: AccountsDatabase, change: ReturnChange): Promise<boolean> {
  return db.transaction(async (tx) => {
    const values = {
      status: change.state.status,
      value: change.state.value,
      commentary: change.state.commentary,
      submittedBy: change.state.submittedBy,
      returnReason: change.state.returnReason,
      updatedBy: change.actor.name,
      updatedAt: new Date(),
      version: change.expectedVersion + 1,
      // A typed change makes the return the person's own, no longer an import's.
      batchId: null,
    };
    const written =
      change.expectedVersion === 0
        ? await tx
            .insert(figureReturns)
            .values({ ...change.key, ...values })
            .onConflictDoNothing()
            .returning({ version: figureReturns.version })
        : await tx
            .update(figureReturns)
            .set(values)
            .where(and(where(change.key), eq(figureReturns.version, change.expectedVersion)))
            .returning({ version: figureReturns.version });
    if (written.length === 0) return false;
    await appendAudit(tx, {
      actor: change.actor,
      action: `return.${change.action}`,
      subject: `${change.key.indicatorId} ${change.key.area} ${change.key.period}`,
      old: change.old && {
        status: change.old.status,
        value: change.old.value,
        commentary: change.old.commentary,
      },
      new: { status: values.status, value: values.value, commentary: values.commentary },
      reason: change.reason,
      address: change.address,
    });
    return true;
  });
}

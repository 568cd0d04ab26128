/**
 * Stores one checked write (server/engine/ledger.ts) in one transaction: lock the figure's slot,
 * check the version the writer saw, replace the figure, add its history row (and the commentary's).
 * Either all of it is committed or none; a 409 or 422 changes nothing.
 */
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import type { ChangeEntry, ConflictErrorBody } from '@/data/api/contract';
import { observationSchema } from '@/data/contract/dataset-schema';
import {
  checkPrecondition,
  FIRST_RECORD_REASON,
  missingReason,
  valueOf,
  type FigureWrite,
  type SlotState,
  type WriteContext,
} from '@server/engine/ledger';
import type { AppDatabase } from './connect';
import { toChangeEntry } from './read-dataset';
import * as tables from './schema';

export type StoredWrite =
  | { kind: 'stored'; changes: ChangeEntry[]; created: boolean }
  | { kind: 'conflict'; body: ConflictErrorBody }
  | { kind: 'invalid'; error: string; field: string };

const slotWhere = (
  table: typeof tables.observations | typeof tables.figureSlots,
  write: FigureWrite,
) =>
  and(
    eq(table.indicatorId, write.slot.indicatorId),
    eq(table.area, write.slot.area),
    eq(table.period, write.slot.period),
    eq(table.basis, write.slot.basis),
    eq(table.measure, write.slot.measure),
  );

/** The transaction a write runs in, for what must commit with it (its audit row). */
export type WriteTransaction = Pick<AppDatabase, 'insert'>;

export async function storeWrite(
  db: AppDatabase,
  write: FigureWrite,
  context: WriteContext,
  /** Runs inside the write's transaction once the figure is stored; throwing undoes it all. */
  alsoInTransaction?: (tx: WriteTransaction, changes: readonly ChangeEntry[]) => Promise<void>,
): Promise<StoredWrite> {
  return db.transaction(async (tx) => {
    const seeded = await tx
      .select({ id: tables.observations.id })
      .from(tables.observations)
      .where(slotWhere(tables.observations, write))
      .limit(1);
    // The slot row is what concurrent writers queue on; a figure from the papers is version 1.
    await tx
      .insert(tables.figureSlots)
      .values({ ...write.slot, version: seeded.length > 0 ? 1 : 0 })
      .onConflictDoNothing();
    const [slot] = await tx
      .select({ version: tables.figureSlots.version })
      .from(tables.figureSlots)
      .where(slotWhere(tables.figureSlots, write))
      .for('update');
    const current = await tx
      .select({ record: tables.observations.record })
      .from(tables.observations)
      .where(slotWhere(tables.observations, write))
      .orderBy(asc(tables.observations.id));
    const [last] = await tx
      .select()
      .from(tables.changeHistory)
      .where(
        and(
          eq(tables.changeHistory.indicatorId, write.slot.indicatorId),
          eq(tables.changeHistory.area, write.slot.area),
          eq(tables.changeHistory.period, write.slot.period),
          eq(tables.changeHistory.basis, write.slot.basis),
          eq(tables.changeHistory.subject, write.slot.measure),
          ne(tables.changeHistory.subject, 'commentary'),
        ),
      )
      .orderBy(desc(tables.changeHistory.id))
      .limit(1);
    const figures = current.map((row) => observationSchema.parse(row.record));
    const state: SlotState = {
      version: slot?.version ?? 0,
      value: valueOf(figures),
      lastChange: last ? toChangeEntry(last) : null,
    };
    const clash = checkPrecondition(write, state, context.ifMatch);
    if (clash) return { kind: 'conflict', body: clash };
    const noReason = missingReason(write, state);
    if (noReason) return { kind: 'invalid', error: noReason, field: 'reason' };

    await tx.delete(tables.observations).where(slotWhere(tables.observations, write));
    await tx.insert(tables.observations).values({ ...write.slot, record: write.observation });
    await tx
      .update(tables.figureSlots)
      .set({ version: sql`${tables.figureSlots.version} + 1` })
      .where(slotWhere(tables.figureSlots, write));
    const who = { actorId: context.actor.id, actorName: context.actor.name };
    const [changeRow] = await tx
      .insert(tables.changeHistory)
      .values({
        ...write.slot,
        subject: write.slot.measure,
        version: state.version + 1,
        beforeValue: state.value,
        afterValue: write.observation.value,
        replaced: figures,
        reason: write.reason ?? (state.version > 0 ? 'Corrected' : FIRST_RECORD_REASON),
        ...who,
      })
      .returning();
    if (!changeRow) throw new Error('storeWrite: the history row was not returned');
    const rows = [changeRow];
    if (write.commentary) {
      await tx.insert(tables.commentary).values({
        indicatorId: write.slot.indicatorId,
        area: write.slot.area,
        period: write.slot.period,
        record: write.commentary,
      });
      const [commentaryRow] = await tx
        .insert(tables.changeHistory)
        .values({
          ...write.slot,
          subject: 'commentary',
          version: 1,
          text: write.commentary.text,
          replaced: [],
          reason: write.reason ?? 'Commentary added with the figure',
          ...who,
        })
        .returning();
      if (commentaryRow) rows.push(commentaryRow);
    }
    const changes = rows.map(toChangeEntry);
    await alsoInTransaction?.(tx, changes);
    return { kind: 'stored', changes, created: state.version === 0 };
  });
}

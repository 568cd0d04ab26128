/**
 * Monthly profiles administrators set, in target_profiles (migration 0066): read back as the
 * engine's profile changes, and stored as the next version of a year's profile in one transaction
 * with whatever must commit with it (the audit row). History, never an overwrite.
 */
import { and, asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { profileChangeSchema, type ProfileChange } from '@/data/api/contract';
import type { AppDatabase } from './connect';
import * as tables from './schema';

type ProfileRow = typeof tables.targetProfiles.$inferSelect;
/** The transaction a profile is stored in (the same shape as a figure write's). */
type WriteTransaction = Pick<AppDatabase, 'insert'>;
const sharesSchema = z.array(z.number()).length(12);

function toProfileChange(row: ProfileRow, before: readonly number[] | null): ProfileChange {
  return profileChangeSchema.parse({
    indicatorId: row.indicatorId,
    year: row.year,
    version: row.version,
    before,
    shares: sharesSchema.parse(row.shares),
    reason: row.reason,
    actor: { id: row.actorId, name: row.actorName },
    at: new Date(row.setAt).toISOString(),
  });
}

/** Every profile change, oldest first, each with the shares it replaced. */
export async function readProfileChanges(db: AppDatabase): Promise<ProfileChange[]> {
  const rows = await db.select().from(tables.targetProfiles).orderBy(asc(tables.targetProfiles.id));
  const latest = new Map<string, readonly number[]>();
  return rows.map((row) => {
    const key = `${row.indicatorId}\u0000${row.year}`;
    const change = toProfileChange(row, latest.get(key) ?? null);
    latest.set(key, change.shares);
    return change;
  });
}

export interface ProfileWrite {
  indicatorId: string;
  year: string;
  shares: readonly number[];
  reason: string;
  actor: { id: string; name: string };
  /** The version the writer saw (0: none set). */
  expectedVersion: number;
}

export type StoredProfile =
  { kind: 'stored'; change: ProfileChange } | { kind: 'conflict'; current: ProfileChange | null };

export async function storeProfile(
  db: AppDatabase,
  write: ProfileWrite,
  /** Runs inside the transaction once the profile is stored; throwing undoes it all. */
  alsoInTransaction: (tx: WriteTransaction, change: ProfileChange) => Promise<void>,
): Promise<StoredProfile> {
  return db.transaction(async (tx) => {
    const [last] = await tx
      .select()
      .from(tables.targetProfiles)
      .where(
        and(
          eq(tables.targetProfiles.indicatorId, write.indicatorId),
          eq(tables.targetProfiles.year, write.year),
        ),
      )
      .orderBy(desc(tables.targetProfiles.version))
      .limit(1);
    const previous = last ? toProfileChange(last, null) : null;
    if ((previous?.version ?? 0) !== write.expectedVersion) {
      return { kind: 'conflict', current: previous };
    }
    // The unique (indicator, year, version) makes a concurrent writer of the same version fail.
    const [row] = await tx
      .insert(tables.targetProfiles)
      .values({
        indicatorId: write.indicatorId,
        year: write.year,
        version: write.expectedVersion + 1,
        shares: [...write.shares],
        reason: write.reason,
        actorId: write.actor.id,
        actorName: write.actor.name,
      })
      .returning();
    if (!row) throw new Error('storeProfile: the insert returned no row');
    const change = toProfileChange(row, previous?.shares ?? null);
    await alsoInTransaction(tx, change);
    return { kind: 'stored', change };
  });
}

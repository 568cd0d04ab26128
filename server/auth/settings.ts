/** Administrator settings kept in the database. */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AccountsDatabase } from './db';
import { settings } from './schema';

/**
 * Anonymous reads are the busiest requests, so the public-reading switch is read from the database
 * at most once a second per database. A change made in this process is seen at once; a change
 * made by another process sharing the database, within a second.
 */
const cache = new WeakMap<object, { value: boolean; at: number }>();
const CACHE_MS = 1_000;
export const PUBLIC_READ_DEFAULT = true;

export async function publicReadEnabled(db: AccountsDatabase): Promise<boolean> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at <= CACHE_MS) return hit.value;
  const [row] = await db.select().from(settings).where(eq(settings.key, 'public_read'));
  // Never set: Kent's figures are public, so published figures are readable by default.
  // Set to something unreadable (only by hand): stay closed.
  const value =
    row === undefined ? PUBLIC_READ_DEFAULT : (z.boolean().safeParse(row.value).data ?? false);
  cache.set(db, { value, at: Date.now() });
  return value;
}

export async function setPublicRead(db: AccountsDatabase, on: boolean): Promise<void> {
  await db
    .insert(settings)
    .values({ key: 'public_read', value: on })
    .onConflictDoUpdate({ target: settings.key, set: { value: on } });
  cache.set(db, { value: on, at: Date.now() });
}

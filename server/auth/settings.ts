/** Administrator settings kept in the database. */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AccountsDatabase } from './db';
import { settings } from './schema';

export async function publicReadEnabled(db: AccountsDatabase): Promise<boolean> {
  const [row] = await db.select().from(settings).where(eq(settings.key, 'public_read'));
  // Absent or unreadable means the migration's default has been tampered with: stay closed.
  return z.boolean().safeParse(row?.value).data ?? false;
}

export async function setPublicRead(
  db: Pick<AccountsDatabase, 'insert'>,
  on: boolean,
): Promise<void> {
  await db
    .insert(settings)
    .values({ key: 'public_read', value: on })
    .onConflictDoUpdate({ target: settings.key, set: { value: on } });
}

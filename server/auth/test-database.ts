/**
 * The server's throwaway test database (PGlite, or a schema in RAGSTONE_TEST_DATABASE_URL),
 * migrated, with a way to type raw SQL: the audit tests prove what even that cannot do.
 */
import { sql } from 'drizzle-orm';
import { migrate } from '../db/migrate';
import { openTestDatabase as openServerTestDatabase } from '../testing/test-database';
import type { AccountsDatabase } from './db';

export interface TestDatabase {
  db: AccountsDatabase;
  exec(statement: string): Promise<void>;
  close(): Promise<void>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const database = await openServerTestDatabase();
  await migrate(database.handle);
  return {
    db: database.handle.db,
    exec: async (statement) => {
      try {
        await database.handle.db.execute(sql.raw(statement));
      } catch (error) {
        // Drizzle wraps the database's own words; tests want to read those.
        throw error instanceof Error && error.cause instanceof Error ? error.cause : error;
      }
    },
    close: () => database.drop(),
  };
}

/**
 * A throwaway database per test file: in-memory PGlite by default, or a schema of its own in the
 * PostgreSQL named by RAGSTONE_TEST_DATABASE_URL (CI runs the server tests both ways). Schemas
 * have random names, so test files and parallel runs never meet; each is dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres, type DbHandle } from '../db/connect';

export const TEST_DATABASE_URL = process.env.RAGSTONE_TEST_DATABASE_URL;

export interface TestDatabase {
  handle: DbHandle;
  /** Describes where, for test names: 'PGlite' or 'PostgreSQL'. */
  label: string;
  /** Closes it and, on PostgreSQL, drops its schema. */
  drop(): Promise<void>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  if (!TEST_DATABASE_URL) {
    const handle = await openPglite(undefined);
    return { handle, label: 'PGlite', drop: () => handle.close() };
  }
  const schema = `rs_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const handle = openPostgres(TEST_DATABASE_URL, schema);
  return {
    handle,
    label: 'PostgreSQL',
    async drop() {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.end();
    },
  };
}

export const FIXTURE_DATASET = 'test/fixtures/dataset';

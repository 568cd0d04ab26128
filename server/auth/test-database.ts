/**
 * A fresh database for one test file: PGlite in memory, or, when RAGSTONE_TEST_DATABASE_URL is
 * set, a throwaway schema in that PostgreSQL (dropped by `close`). Applies every migration.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { AccountsDatabase } from './db';

const MIGRATIONS = join(import.meta.dirname, '..', 'db', 'migrations');

export interface TestDatabase {
  kind: 'pglite' | 'postgres';
  db: AccountsDatabase;
  /** Raw SQL, to prove what even a hand-typed statement cannot do. */
  exec(statement: string): Promise<void>;
  close(): Promise<void>;
}

const migrationScripts = () =>
  readdirSync(MIGRATIONS)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => readFileSync(join(MIGRATIONS, name), 'utf8'));

export async function openTestDatabase(): Promise<TestDatabase> {
  const url = process.env.RAGSTONE_TEST_DATABASE_URL;
  if (url) {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const pool = new pg.Pool({
      connectionString: url,
      max: 4,
      options: `-c search_path=${schema}`,
    });
    for (const script of migrationScripts()) await pool.query(script);
    return {
      kind: 'postgres',
      db: drizzleNodePg(pool),
      exec: async (statement) => {
        await pool.query(statement);
      },
      close: async () => {
        await pool.query(`DROP SCHEMA ${schema} CASCADE`);
        await pool.end();
      },
    };
  }
  const client = await PGlite.create();
  for (const script of migrationScripts()) await client.exec(script);
  return {
    kind: 'pglite',
    db: drizzlePglite(client),
    exec: async (statement) => {
      await client.exec(statement);
    },
    close: () => client.close(),
  };
}

/**
 * Opens the database: PGlite (PostgreSQL in WebAssembly, in-process) persisted to a folder by
 * default, or a real PostgreSQL when a connection string is given. Both speak the same SQL, so
 * migrations, repositories and tests are written once (docs/decisions/0012-postgresql-pglite-drizzle.md).
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';

export type AppDatabase = PgDatabase<PgQueryResultHKT>;

export interface DbHandle {
  kind: 'pglite' | 'postgres';
  /** For people: 'PGlite in data/db', 'PostgreSQL at 127.0.0.1:5432/test'. */
  description: string;
  db: AppDatabase;
  /**
   * Runs a script of several statements, then one parameterised statement, in one transaction:
   * a migration and the row recording it land together or not at all.
   */
  runScript(script: string, then: { text: string; params: unknown[] }): Promise<void>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** A PostgreSQL connection string; without it, PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite's folder; undefined keeps it in memory (tests). */
  dataDir?: string | undefined;
  /** PostgreSQL only: the schema to work in (tests use a throwaway one each). */
  schema?: string | undefined;
}

export async function openPglite(dataDir: string | undefined): Promise<DbHandle> {
  if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  return {
    kind: 'pglite',
    description: dataDir === undefined ? 'PGlite in memory' : `PGlite in ${dataDir}`,
    db: drizzlePglite(client),
    async runScript(script, then) {
      await client.transaction(async (tx) => {
        await tx.exec(script);
        await tx.query(then.text, then.params);
      });
    },
    close: () => client.close(),
  };
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

export function openPostgres(databaseUrl: string, schema?: string): DbHandle {
  if (schema !== undefined && !SCHEMA_NAME.test(schema))
    throw new Error(
      `"${schema}" is not a schema name Ragstone uses (lower-case letters, digits, _)`,
    );
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  const where = new URL(databaseUrl);
  return {
    kind: 'postgres',
    description: `PostgreSQL at ${where.host}${where.pathname}${schema ? ` (schema ${schema})` : ''}`,
    db: drizzleNodePg(pool),
    async runScript(script, then) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(script);
        await client.query(then.text, then.params);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export function openDatabase(options: ConnectOptions): Promise<DbHandle> {
  return options.databaseUrl
    ? Promise.resolve(openPostgres(options.databaseUrl, options.schema))
    : openPglite(options.dataDir);
}

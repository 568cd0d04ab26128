/**
 * Applies server/db/migrations/NNNN_name.sql in order, each in its own transaction with the row
 * that records it in schema_migrations, so a crash mid-migration leaves the database as it was.
 * Numbers 0001–0049 are the server's, 0050 and up the accounts layer's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asc, sql } from 'drizzle-orm';
import type { DbHandle } from './connect';
import { schemaMigrations } from './schema';

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

const MIGRATION_FILE = /^(\d{4})_[a-z0-9_-]+\.sql$/;

export interface Migration {
  version: string;
  name: string;
  sql: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort();
  const seen = new Set<string>();
  return names.map((name) => {
    const match = MIGRATION_FILE.exec(name);
    if (!match?.[1]) throw new Error(`migrations: "${name}" is not named NNNN_words.sql`);
    if (seen.has(match[1])) throw new Error(`migrations: two files are numbered ${match[1]}`);
    seen.add(match[1]);
    return { version: match[1], name, sql: readFileSync(join(dir, name), 'utf8') };
  });
}

export async function appliedMigrations(handle: DbHandle): Promise<string[]> {
  const rows = await handle.db
    .select({ version: schemaMigrations.version })
    .from(schemaMigrations)
    .orderBy(asc(schemaMigrations.version));
  return rows.map((row) => row.version);
}

/** Returns the versions it applied (none when the database is up to date). */
export async function migrate(handle: DbHandle, dir = MIGRATIONS_DIR): Promise<string[]> {
  await handle.db.execute(
    sql`CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`,
  );
  const done = new Set(await appliedMigrations(handle));
  const applied: string[] = [];
  for (const migration of readMigrations(dir)) {
    if (done.has(migration.version)) continue;
    try {
      await handle.runScript(migration.sql, {
        text: 'INSERT INTO schema_migrations (version) VALUES ($1)',
        params: [migration.version],
      });
    } catch (error) {
      throw new Error(
        `migration ${migration.name} failed and was rolled back: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
    applied.push(migration.version);
  }
  return applied;
}

/**
 * A logical backup of every table in the database (the accounts layer's included, whatever it
 * adds), as JSON rows, stamped with the migrations the schema had. It reads and restores the same
 * way on PGlite and PostgreSQL, so a backup from one restores into the other. Restore goes into an
 * empty, migrated database of the same schema version, in one transaction, parents before children.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppDatabase, DbHandle } from './connect';
import { appliedMigrations, migrate } from './migrate';

export const backupSchema = z.object({
  format: z.literal('ragstone-backup'),
  formatVersion: z.literal(1),
  createdAt: z.iso.datetime({ offset: true }),
  /** The schema version: every migration applied when the backup was taken. */
  migrations: z.array(z.string()),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type Backup = z.infer<typeof backupSchema>;

async function rows<S extends z.ZodType>(db: AppDatabase, query: ReturnType<typeof sql>, row: S) {
  const result: unknown = await db.execute(query);
  return z.object({ rows: z.array(row) }).parse(result).rows;
}

/** Every table of ours in the current schema, parents before the tables that reference them. */
async function tablesInOrder(db: AppDatabase): Promise<string[]> {
  const names = (
    await rows(
      db,
      sql`SELECT table_name AS name FROM information_schema.tables
          WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
            AND table_name <> 'schema_migrations'
          ORDER BY table_name`,
      z.object({ name: z.string() }),
    )
  ).map((row) => row.name);
  const links = await rows(
    db,
    sql`SELECT child.relname AS child, parent.relname AS parent
        FROM pg_constraint c
        JOIN pg_class child ON child.oid = c.conrelid
        JOIN pg_class parent ON parent.oid = c.confrelid
        WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`,
    z.object({ child: z.string(), parent: z.string() }),
  );
  const ordered: string[] = [];
  const visit = (name: string, path: readonly string[]) => {
    if (ordered.includes(name) || path.includes(name)) return;
    for (const link of links)
      if (link.child === name && link.parent !== name) visit(link.parent, [...path, name]);
    ordered.push(name);
  };
  for (const name of names) visit(name, []);
  return ordered;
}

export async function takeBackup(handle: DbHandle, now = new Date()): Promise<Backup> {
  const tables: Backup['tables'] = {};
  for (const name of await tablesInOrder(handle.db)) {
    tables[name] = (
      await rows(
        handle.db,
        sql`SELECT to_jsonb(t) AS row FROM ${sql.identifier(name)} t ORDER BY 1`,
        z.object({ row: z.record(z.string(), z.unknown()) }),
      )
    ).map((r) => r.row);
  }
  return {
    format: 'ragstone-backup',
    formatVersion: 1,
    createdAt: now.toISOString(),
    migrations: await appliedMigrations(handle),
    tables,
  };
}

export class RestoreError extends Error {}

/** Restores into an empty database (migrating it first); refuses a different schema version. */
export async function restoreBackup(handle: DbHandle, raw: unknown): Promise<{ rows: number }> {
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success)
    throw new RestoreError(
      `This is not a Ragstone backup: ${parsed.error.issues[0]?.message ?? ''}`,
    );
  const backup = parsed.data;
  await migrate(handle);
  const here = await appliedMigrations(handle);
  if (here.join(',') !== backup.migrations.join(',')) {
    throw new RestoreError(
      `The backup's schema (migrations ${backup.migrations.join(', ')}) differs from this database's (${here.join(', ')}): restore it with the Ragstone version that made it.`,
    );
  }
  const order = await tablesInOrder(handle.db);
  const unknown = Object.keys(backup.tables).filter((name) => !order.includes(name));
  if (unknown.length > 0)
    throw new RestoreError(`The backup has tables this database lacks: ${unknown.join(', ')}.`);
  let count = 0;
  await handle.db.transaction(async (tx) => {
    for (const name of order) {
      const existing = await rows(
        tx,
        sql`SELECT count(*)::int AS n FROM ${sql.identifier(name)}`,
        z.object({ n: z.number() }),
      );
      if ((existing[0]?.n ?? 0) > 0)
        throw new RestoreError(`Restore needs an empty database, and ${name} has rows.`);
      const tableRows = backup.tables[name] ?? [];
      if (tableRows.length === 0) continue;
      await tx.execute(
        sql`INSERT INTO ${sql.identifier(name)}
            SELECT * FROM jsonb_populate_recordset(NULL::${sql.identifier(name)}, ${JSON.stringify(tableRows)}::jsonb)`,
      );
      count += tableRows.length;
    }
    // Serial ids continue after the restored ones.
    const serials = await rows(
      tx,
      sql`SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
          WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
      z.object({ table: z.string(), column: z.string() }),
    );
    for (const { table, column } of serials) {
      await tx.execute(
        sql`SELECT setval(pg_get_serial_sequence(${table}, ${column}),
              coalesce((SELECT max(${sql.identifier(column)}) FROM ${sql.identifier(table)}), 0) + 1, false)`,
      );
    }
  });
  return { rows: count };
}

/**
 * `npm run db:backup [-- file]` writes a backup of the database the server uses (DATABASE_URL, or
 * PGlite in RAGSTONE_DATA_DIR / data/db) to a file (default data/backups/ragstone-<time>.json).
 * `npm run db:restore -- file` restores one into an empty database (stop the server first).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { restoreBackup, takeBackup } from './backup';
import { openDatabase } from './connect';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main(): Promise<void> {
  const [command, file] = process.argv.slice(2);
  const handle = await openDatabase({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: resolve(process.env.RAGSTONE_DATA_DIR ?? join(root, 'data/db')),
  });
  try {
    if (command === 'backup') {
      const backup = await takeBackup(handle);
      const path = resolve(
        file ??
          join(root, 'data/backups', `ragstone-${backup.createdAt.replace(/[:.]/g, '-')}.json`),
      );
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, JSON.stringify(backup));
      const rows = Object.values(backup.tables).reduce((sum, list) => sum + list.length, 0);
      console.log(`Backed up ${rows} rows of ${handle.description} to ${path}.`);
    } else if (command === 'restore' && file) {
      const { rows } = await restoreBackup(handle, JSON.parse(readFileSync(resolve(file), 'utf8')));
      console.log(`Restored ${rows} rows into ${handle.description}.`);
    } else {
      throw new Error('Usage: npm run db:backup [-- file]  |  npm run db:restore -- file');
    }
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/**
 * `npm run publish:db [-- out-dir]`: publishes the static, read-only site from the database the
 * server uses (DATABASE_URL, or PGlite in RAGSTONE_DATA_DIR / data/db), figures recorded and
 * corrected in Ragstone included, with the same shard writer `npm run build` uses for a dataset
 * folder. Copies the built app (dist/, built first if missing) and writes its api/ beside it, so
 * the folder can go to any static host or CDN. Default out-dir: data/publish.
 */
import { copyFileSync, cpSync, existsSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../server/db/connect';
import { readStoredData } from '../server/db/read-dataset';
import { createApiEngine } from '../server/engine/engine';
import { APP_SHELL_FILE, PRERENDERED_FOLDERS } from '../src/lib/prerendered-state';
import { writeStaticApi } from './build-static-api';
import { kb } from './lib/cli';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? join(root, 'data/publish'));
  const distDir = join(root, 'dist');
  if (!existsSync(join(distDir, 'index.html'))) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const handle = await openDatabase({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: resolve(process.env.RAGSTONE_DATA_DIR ?? join(root, 'data/db')),
  });
  try {
    const stored = await readStoredData(handle.db);
    if (!stored) throw new Error(`${handle.description} holds no dataset: start the server once.`);
    rmSync(outDir, { recursive: true, force: true });
    // The app without the dataset-folder shards the build wrote (this database's replace them) and
    // without the pages prerendered from that folder (ADR 0086): their figures and embedded data
    // are the build's, not this database's, so every address gets the plain page instead.
    const fromBuild = new Set(
      ['api', 'index.html', ...PRERENDERED_FOLDERS].map((name) => join(distDir, name)),
    );
    cpSync(distDir, outDir, { recursive: true, filter: (path) => !fromBuild.has(path) });
    copyFileSync(join(distDir, APP_SHELL_FILE), join(outDir, 'index.html'));
    const engine = createApiEngine(stored.dataset, stored.problems, {
      writable: false,
      profiles: stored.profiles,
    });
    const stats = writeStaticApi(engine, join(outDir, 'api'));
    console.log(
      `publish:db: wrote the app and ${stats.files.toLocaleString('en-GB')} API files (${kb(stats.bytes)}) from ${handle.description} to ${relative(root, outDir) || outDir}.`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

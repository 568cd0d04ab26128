/**
 * `npm start`: builds the app if there is no dist/, opens the database (PGlite in data/db, or
 * DATABASE_URL), migrates, loads the Kent dataset (or `--dataset <folder>`) into an empty database,
 * and serves the app and its API. PORT (default 8080) and HOST (default 127.0.0.1) choose where.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { authConfigFromEnv, ensureFirstAdministrator } from './auth/bootstrap';
import { accountsPlugin } from './auth/plugin';
import { openDatabase } from './db/connect';
import { testActorFromEnv } from './http/actor';
import { createApp } from './http/app';
import { startService } from './service';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every value given after a repeatable `--name` flag. */
const flagValues = (name: string) =>
  process.argv.flatMap((value, index) => {
    const next = process.argv[index + 1];
    return value === `--${name}` && next !== undefined ? [next] : [];
  });

function ensureBuilt(distDir: string): void {
  if (existsSync(join(distDir, 'index.html'))) return;
  console.log('No built app in dist/ yet: running npm run build (once).');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed, so there is no app to serve.');
}

async function main(): Promise<void> {
  const env = process.env;
  const distDir = resolve(env.RAGSTONE_DIST ?? join(root, 'dist'));
  if (!process.argv.includes('--no-build') && env.RAGSTONE_NO_BUILD !== '1') ensureBuilt(distDir);
  const datasets = [...flagValues('dataset'), join(root, 'datasets/kent')].map((p) => resolve(p));
  const handle = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: resolve(env.RAGSTONE_DATA_DIR ?? join(root, 'data/db')),
  });
  const service = await startService(handle, {
    datasets,
    log: (line) => {
      console.log(line);
    },
  });
  await ensureFirstAdministrator(handle.db, env, (line) => {
    console.log(line);
  });
  const accounts = accountsPlugin({ db: handle.db, service, config: authConfigFromEnv(env) });
  const testActor = testActorFromEnv(env);
  if (testActor) console.warn('RAGSTONE_TEST_MODE: every request acts as RAGSTONE_TEST_ACTOR.');
  const hasApp = existsSync(join(distDir, 'index.html'));
  if (!hasApp) console.warn(`No built app in ${distDir}: serving the API only.`);
  const app = createApp({
    service,
    ...(hasApp ? { distDir } : {}),
    // Each page's first view drawn on the server (ADR 0092); RAGSTONE_SERVER_RENDER=0 turns it off.
    ...(hasApp && env.RAGSTONE_SERVER_RENDER !== '0'
      ? {
          renderEntry: resolve(
            env.RAGSTONE_RENDER_ENTRY ?? join(root, '.prerender/prerender-entry.js'),
          ),
          ...(Number(env.RAGSTONE_RENDER_TIMEOUT_MS) > 0
            ? { renderTimeoutMs: Number(env.RAGSTONE_RENDER_TIMEOUT_MS) }
            : {}),
        }
      : {}),
    // Drawn pages kept until the figures change (ADR 0094); RAGSTONE_PAGE_CACHE_MB=0 turns it off.
    ...(env.RAGSTONE_PAGE_CACHE_MB === undefined
      ? {}
      : Number(env.RAGSTONE_PAGE_CACHE_MB) > 0
        ? { pageCache: { maxBytes: Number(env.RAGSTONE_PAGE_CACHE_MB) * 1024 * 1024 } }
        : { pageCache: false as const }),
    trustProxy: env.RAGSTONE_TRUST_PROXY === '1',
    // Sessions decide who is asking, except in the server's own test mode with a fixed actor.
    ...(testActor
      ? { getActor: testActor }
      : {
          getActor: accounts.getActor,
          plugins: [accounts.plugin],
          publicRead: accounts.publicRead,
        }),
    ...(env.RAGSTONE_NO_RATE_LIMIT === '1' && env.RAGSTONE_TEST_MODE === '1'
      ? { rateLimit: false as const }
      : {}),
  });
  const port = Number(env.PORT ?? 8080);
  const hostname = env.HOST ?? '127.0.0.1';
  const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
    console.log(
      `Ragstone is serving ${handle.description} at http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${info.port}/ (read model built in ${Math.round(service.lastRefreshMs())} ms)`,
    );
  });
  const stop = () => {
    server.close(() => {
      void handle.close().then(() => process.exit(0));
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

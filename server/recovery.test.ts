// @vitest-environment node
/**
 * kill -9 in the middle of a burst of writes: the real server process, its real database (a PGlite
 * folder, or a throwaway PostgreSQL database when RAGSTONE_TEST_DATABASE_URL is set). After a
 * restart every acknowledged write is there, and every write is whole: its figure, its history
 * entry and its commentary together, or none of them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { server as mockServer } from '@mocks/node';
import { historyResponseSchema, indicatorDetailResponseSchema } from '@/data/api/contract';
import { FIXTURE_DATASET, TEST_DATABASE_URL } from './testing/test-database';

const root = resolve(__dirname, '..');
const INDICATOR = 'fx-library-visits';

async function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; base: string }> {
  // Node itself with tsx's loader, not the `tsx` command: that command runs the server in a child
  // process of its own, so SIGKILL reached only the wrapper and the server went on writing,
  // orphaned, while the second server opened the same database.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/main.ts', '--dataset', FIXTURE_DATASET],
    {
      cwd: root,
      env: {
        ...process.env,
        ...env,
        // The server picks a free port and prints it.
        PORT: '0',
        RAGSTONE_NO_BUILD: '1',
        RAGSTONE_DIST: join(tmpdir(), 'ragstone-no-app'),
        RAGSTONE_TEST_MODE: '1',
        RAGSTONE_TEST_ACTOR: 'burst:Burst Writer',
        RAGSTONE_NO_RATE_LIMIT: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const port = await new Promise<string>((done, fail) => {
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const serving = /Ragstone is serving .* at http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (serving?.[1]) done(serving[1]);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => {
      fail(new Error(`server exited (${code ?? 'killed'}) before serving:\n${output}`));
    });
  });
  return { child, base: `http://127.0.0.1:${port}/api` };
}

/** Month n after January 2000, as a period id: a fresh slot for every write. */
const month = (n: number) =>
  `${2000 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;

let dataDir: string;
let databaseName: string | null = null;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  // This file talks to a real server over the network, not to the mock service.
  mockServer.close();
  dataDir = mkdtempSync(join(tmpdir(), 'ragstone-kill-'));
  env = { RAGSTONE_DATA_DIR: dataDir };
  if (TEST_DATABASE_URL) {
    databaseName = `rs_kill_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${databaseName}`);
    await admin.end();
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = `/${databaseName}`;
    env = { DATABASE_URL: url.toString() };
  }
});

afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  if (databaseName) {
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    await admin.end();
  }
});

test('kill -9 during a burst of writes loses no acknowledged write and leaves no half write', async () => {
  const first = await startServer(env);
  const acknowledged = new Set<string>();
  let sent = 0;
  let inFlight = 0;
  let inFlightAtKill = 0;
  let killedAt: number | null = null;
  const isKilled = () => killedAt !== null;
  const writer = async () => {
    while (!isKilled()) {
      const period = month(sent++);
      inFlight += 1;
      try {
        const response = await fetch(`${first.base}/indicators/${INDICATOR}/actuals`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          // Fresh slots from 2000 lie years before the indicator's figures, so each write confirms its period.
          body: JSON.stringify({
            period,
            value: 1000 + sent,
            commentary: `Burst ${period}`,
            confirmPeriod: true,
          }),
        });
        if (response.status === 201) acknowledged.add(period);
        else if (!isKilled()) throw new Error(`write ${period} answered ${response.status}`);
      } catch (error) {
        if (!isKilled()) throw error;
      } finally {
        inFlight -= 1;
      }
    }
  };
  const writers = Array.from({ length: 6 }, writer);
  // Kill once a fair number are acknowledged, with writes still in flight.
  while (acknowledged.size < 40) await new Promise((done) => setTimeout(done, 5));
  killedAt = Date.now();
  inFlightAtKill = inFlight;
  const firstExited = new Promise((done) => first.child.once('exit', done));
  first.child.kill('SIGKILL');
  await firstExited;
  await Promise.all(writers);
  // The server itself died, not a process in front of it: its address no longer answers.
  await expect(fetch(`${first.base}/indicators/${INDICATOR}`)).rejects.toThrow();
  // The kill landed mid-burst: writes were on their way when the process died.
  expect(inFlightAtKill).toBeGreaterThan(0);

  const second = await startServer(env);
  try {
    const detail = indicatorDetailResponseSchema.parse(
      await (await fetch(`${second.base}/indicators/${INDICATOR}`)).json(),
    );
    const history = historyResponseSchema.parse(
      await (await fetch(`${second.base}/indicators/${INDICATOR}/history`)).json(),
    );
    const stored = new Set(
      detail.observations
        .filter((o) => o.period.startsWith('20') && o.period < '2012')
        .map((o) => o.period),
    );
    for (const period of acknowledged) expect(stored).toContain(period);
    // Whole or nothing: each stored figure has its history entry and its commentary.
    const figureEntries = history.entries
      .filter((e) => e.subject === 'actual')
      .map((e) => e.period);
    const commentaryEntries = history.entries
      .filter((e) => e.subject === 'commentary')
      .map((e) => e.period);
    const commentary = detail.commentary
      .filter((c) => c.text.startsWith('Burst '))
      .map((c) => c.period);
    expect(new Set(figureEntries)).toEqual(stored);
    expect(new Set(commentaryEntries)).toEqual(stored);
    expect(new Set(commentary)).toEqual(stored);
  } finally {
    second.child.kill('SIGTERM');
  }
}, 240_000);

/**
 * The Ragstone server under load, beside its lower bound, in one run on loopback:
 *   npm run bench:server [-- --seconds 8 --concurrency 8]
 * Starts the real server (tsx server/main.ts) on a fresh embedded database seeded with Kent, and a
 * plain static JSON server answering the very same bodies from memory. For the dashboard's list
 * and one indicator's detail it measures requests per second and p95 latency on each, then the
 * throughput of recorded figures (each a transaction with its history row). Load is bounded in
 * time and count and goes to 127.0.0.1 only. Raw numbers go to .bench/server-<time>.json.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { argument } from '../lib/cli';
import { runLoad, type LoadResult } from './load';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const seconds = Number(argument('seconds') ?? 8);
const concurrency = Number(argument('concurrency') ?? 8);
const tsx = join(root, 'node_modules/.bin/tsx');

const LIST_PATH = '/indicators?structure=cc-2012';
const INDICATOR = 'cc2012-grade-1-calls-answered-in-20-seconds';
const DETAIL_PATH = `/indicators/${INDICATOR}`;

/** Starts a child and resolves with the port it prints, matched by `pattern`. */
function startChild(
  args: string[],
  env: NodeJS.ProcessEnv,
  pattern: RegExp,
): Promise<{ child: ChildProcess; port: string }> {
  const child = spawn(tsx, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, fail) => {
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match?.[1]) done({ child, port: match[1] });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => {
      fail(
        new Error(`${args.join(' ')} exited (${code ?? 'killed'}) before listening:\n${output}`),
      );
    });
  });
}

async function getOk(url: string): Promise<boolean> {
  const response = await fetch(url);
  await response.arrayBuffer();
  return response.ok;
}

/** Month n of a run of fresh slots: from January 1950, stepping over 2011–2013 (Kent's own). */
function freshMonth(n: number): string {
  const index = n + (1950 * 12 + n >= 2011 * 12 ? 36 : 0);
  const year = 1950 + Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const fmt = (value: number, digits = 0) =>
  value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'ragstone-bench-server-'));
  const children: ChildProcess[] = [];
  try {
    console.log(`Starting the server on a fresh embedded database (${work}) …`);
    const server = await startChild(
      ['server/main.ts'],
      {
        PORT: '0',
        RAGSTONE_NO_BUILD: '1',
        RAGSTONE_DIST: join(work, 'no-app'),
        RAGSTONE_DATA_DIR: join(work, 'db'),
        // The benchmark writes as a fixed test person and must not be throttled by the limiter.
        RAGSTONE_TEST_MODE: '1',
        RAGSTONE_TEST_ACTOR: 'bench:Benchmark writer',
        RAGSTONE_NO_RATE_LIMIT: '1',
      },
      /Ragstone is serving .* at http:\/\/127\.0\.0\.1:(\d+)\//,
    );
    children.push(server.child);
    const api = `http://127.0.0.1:${server.port}/api`;

    // The static bound answers exactly the bytes the server answers.
    const bodies = join(work, 'static');
    mkdirSync(bodies);
    for (const [name, path] of [
      ['list', LIST_PATH],
      ['detail', DETAIL_PATH],
    ] as const) {
      const response = await fetch(`${api}${path}`);
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      writeFileSync(join(bodies, `${name}.json`), Buffer.from(await response.arrayBuffer()));
    }
    const staticServer = await startChild(
      ['scripts/bench-server/static-json-server.ts', bodies],
      {},
      /listening on (\d+)/,
    );
    children.push(staticServer.child);
    const fixed = `http://127.0.0.1:${staticServer.port}`;

    const reads: Array<{
      endpoint: string;
      server: LoadResult;
      static: LoadResult;
    }> = [];
    for (const [endpoint, serverUrl, staticUrl] of [
      ['dashboard list (GET /indicators?structure=cc-2012)', `${api}${LIST_PATH}`, `${fixed}/list`],
      ['indicator detail (GET /indicators/{id})', `${api}${DETAIL_PATH}`, `${fixed}/detail`],
    ] as const) {
      const load = (url: string) =>
        runLoad({ concurrency, seconds, maxRequests: 200_000, send: () => getOk(url) });
      // A short warm-up of each, then the static bound and the server one after the other.
      await runLoad({ concurrency, seconds: 1, maxRequests: 5_000, send: () => getOk(serverUrl) });
      await runLoad({ concurrency, seconds: 1, maxRequests: 5_000, send: () => getOk(staticUrl) });
      const bound = await load(staticUrl);
      const measured = await load(serverUrl);
      reads.push({ endpoint, server: measured, static: bound });
    }

    const writes = await runLoad({
      concurrency: 4,
      seconds,
      maxRequests: 2_000,
      send: async (n) => {
        const response = await fetch(`${api}/indicators/${INDICATOR}/actuals`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          // Fresh slots decades from the indicator's figures: each write confirms its period.
          body: JSON.stringify({
            period: freshMonth(n),
            value: 50 + (n % 40),
            confirmPeriod: true,
          }),
        });
        await response.arrayBuffer();
        return response.status === 201;
      },
    });

    console.log(
      `\nRagstone server vs a static JSON server, loopback, ${concurrency} connections, ${seconds} s each (${cpus().length} cores)\n`,
    );
    console.log(
      '| endpoint | server req/s | static req/s | server ÷ static | server p95 | static p95 |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const row of reads) {
      console.log(
        `| ${row.endpoint} | ${fmt(row.server.requestsPerSecond)} | ${fmt(row.static.requestsPerSecond)} | ${fmt(row.server.requestsPerSecond / row.static.requestsPerSecond, 2)} | ${fmt(row.server.p95Ms, 1)} ms | ${fmt(row.static.p95Ms, 1)} ms |`,
      );
    }
    console.log(
      `\nRecorded figures (4 writers): ${fmt(writes.requestsPerSecond, 1)} writes/s, p50 ${fmt(writes.p50Ms, 1)} ms, p95 ${fmt(writes.p95Ms, 1)} ms, ${writes.requests} sent, ${writes.failures} failed`,
    );
    const failures = reads.reduce((sum, r) => sum + r.server.failures + r.static.failures, 0);
    if (failures > 0) console.log(`${failures} read requests failed`);

    const out = join(root, '.bench');
    mkdirSync(out, { recursive: true });
    const file = join(out, `server-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify({ seconds, concurrency, reads, writes }, null, 2));
    console.log(`\nRaw numbers: ${file}`);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  }
}

await main();

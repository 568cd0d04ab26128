/**
 * The production server (`npm start`: server/main.ts) over a given build, on a free port and a
 * throwaway embedded database (PGlite) that is removed afterwards, for `npm run bench:web --server`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../lib/free-port';
import type { Served } from './browser';

export async function startAppServer(root: string, outDir: string): Promise<Served> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ragstone-bench-web-'));
  const port = await freePort();
  const child = spawn(join(root, 'node_modules/.bin/tsx'), ['server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      RAGSTONE_DIST: resolve(root, outDir),
      RAGSTONE_DATA_DIR: dataDir,
      RAGSTONE_NO_BUILD: '1',
      // Many page loads from one address in a few minutes: the limiter would answer 429.
      RAGSTONE_NO_RATE_LIMIT: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((done, fail) => {
    let output = '';
    const timer = setTimeout(() => {
      fail(new Error(`the server did not start within 180 s:\n${output}`));
    }, 180_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ragstone is serving')) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the server exited (${code ?? 'signal'}) before serving:\n${output}`));
    });
  });
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        child.once('exit', () => {
          rmSync(dataDir, { recursive: true, force: true });
          done();
        });
        child.kill('SIGTERM');
      }),
  };
}

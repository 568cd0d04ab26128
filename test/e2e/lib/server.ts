/**
 * Serves the production build (dist/) the way `npm run preview` does, on a free port, so the
 * browser tests exercise the static transport exactly as a council's web server would; or, with
 * `--server`, runs the real Ragstone server over the same build (startRagstoneServer).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { freePort } from '../../../scripts/lib/free-port';

/** CI builds first; run alone, the tests build the app themselves if there is no dist/. */
export function ensureBuild(root: string): void {
  if (existsSync(join(root, 'dist', 'index.html'))) return;
  console.log('No dist/ yet: running npm run build first.');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed, so there is nothing to test');
}

export async function serveBuild(
  root: string,
): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const port = await freePort();
  const server = await preview({
    root,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { baseUrl: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/**
 * The first administrator, created by the server on its first start from the environment variables
 * docs/authentication.md documents; journeys sign in as this person through the sign-in page.
 */
export const E2E_ADMIN = {
  email: 'admin@e2e.example.gov.uk',
  name: 'Browser Tester',
  password: 'e2e only, long enough to pass',
} as const;

/**
 * Starts the real Ragstone server (`server/main.ts`) on a free port over a throwaway PGlite folder,
 * or over DATABASE_URL when set (CI gives it a throwaway database), with real accounts and sessions.
 */
export async function startRagstoneServer(
  root: string,
): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ragstone-e2e-'));
  const port = await freePort();
  const child = spawn(join(root, 'node_modules/.bin/tsx'), ['server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      RAGSTONE_DATA_DIR: dataDir,
      RAGSTONE_NO_BUILD: '1',
      RAGSTONE_TEST_MODE: '1',
      RAGSTONE_NO_RATE_LIMIT: '1',
      // The journeys check what the server draws; on a busy 2-core runner a render can pass 2 s.
      RAGSTONE_RENDER_TIMEOUT_MS: '20000',
      RAGSTONE_ADMIN_EMAIL: E2E_ADMIN.email,
      RAGSTONE_ADMIN_NAME: E2E_ADMIN.name,
      RAGSTONE_ADMIN_PASSWORD: E2E_ADMIN.password,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}/`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error('the Ragstone server did not start within 120 s'));
    }, 120_000);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ragstone is serving')) {
        clearTimeout(timer);
        console.log(output.trim());
        resolve();
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(`the Ragstone server exited (${code ?? 'signal'}) before serving:\n${output}`),
      );
    });
  });
  return {
    baseUrl,
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => {
          rmSync(dataDir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

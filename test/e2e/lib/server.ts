/**
 * Serves the production build (dist/) the way `npm run preview` does, on a free port, so the
 * browser tests exercise the static transport exactly as a council's web server would.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

/**
 * What every browser benchmark shares: a production build served by Vite's preview server on a
 * free port (the same server for the app and its static bound), and headless Chromium.
 */
import { chromium, type Browser } from 'playwright-core';
import { preview } from 'vite';
import { freePort } from '../lib/free-port';

export interface Served {
  baseUrl: string;
  close(): Promise<void>;
}

/** Serves `outDir` (relative to the repository root) the way `npm run preview` serves dist/. */
export async function serveDir(root: string, outDir: string): Promise<Served> {
  const port = await freePort();
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { baseUrl: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * What a first visit costs on the static publication: serves a built app folder, opens pages in
 * headless Chromium with an empty cache and adds up every response body (JSON shards and scripts).
 *   npm run build && npx tsx scripts/measure-first-load.ts [--dist dist] [--path / --path /compare]
 * Results are written up in docs/performance.md.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { argumentsNamed, kb } from './lib/cli';
import { freePort } from './lib/free-port';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const dist = resolve(root, argumentsNamed('dist')[0] ?? 'dist');
const paths = argumentsNamed('path');
const port = await freePort();
const server = await preview({
  root,
  logLevel: 'warn',
  build: { outDir: dist },
  preview: { host: '127.0.0.1', port, strictPort: true, open: false },
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

try {
  for (const path of paths.length > 0 ? paths : ['/']) {
    const page = await browser.newPage();
    const fetched: { url: string; bytes: number }[] = [];
    page.on('response', (response) => {
      void response
        .body()
        .then((body) => fetched.push({ url: new URL(response.url()).pathname, bytes: body.length }))
        .catch(() => undefined);
    });
    await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    const json = fetched.filter((entry) => entry.url.includes('/api/'));
    const scripts = fetched.filter((entry) => entry.url.endsWith('.js'));
    const sum = (list: typeof fetched) => list.reduce((total, entry) => total + entry.bytes, 0);
    console.log(
      `${path}: ${json.length} JSON files, ${kb(sum(json))}; ${scripts.length} scripts, ${kb(sum(scripts))}`,
    );
    for (const entry of json.sort((a, b) => b.bytes - a.bytes))
      console.log(`  ${kb(entry.bytes).padStart(10)}  ${entry.url}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

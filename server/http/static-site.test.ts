// @vitest-environment node
/** The app beside the API: the transport meta, the SPA fallback, cached assets, and no inline script. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Hono } from 'hono';
import { serveApp, withServerTransport } from './static-site';

let dist: string;
let app: Hono;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'ragstone-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><html><head><title>Ragstone</title><script type="module" src="/assets/app.js"></script></head><body></body></html>',
  );
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
  app = new Hono();
  serveApp(app, dist);
});

afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
});

test('every app address gets index.html with the transport meta; assets are cached for good', async () => {
  for (const path of ['/', '/indicators/paf-c28', '/organisation/cc-2012/x?period=2012-05']) {
    const response = await app.request(path);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<meta name="ragstone-transport" content="http" />');
  }
  const asset = await app.request('/assets/app.js');
  expect(asset.status).toBe(200);
  expect(asset.headers.get('cache-control')).toMatch(/immutable/);
  expect(asset.headers.get('content-type')).toMatch(/javascript/);
  expect(await asset.text()).toBe('console.log(1)');
  const missing = await app.request('/assets/gone.js');
  expect(missing.status).toBe(404);
  expect(missing.headers.get('cache-control')).toBeNull();
});

test('the app page has no inline script, so the CSP can forbid it', () => {
  const page = withServerTransport(readFileSync(resolve(__dirname, '../../index.html'), 'utf8'));
  const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes = '', body = ''] of scripts) {
    expect(attributes).toMatch(/\bsrc=/);
    expect(body.trim()).toBe('');
  }
});

test('the prerendered pages, with figures as they were at build time, are never served here', async () => {
  const built = mkdtempSync(join(tmpdir(), 'ragstone-dist-'));
  try {
    mkdirSync(join(built, 'dashboard'));
    writeFileSync(join(built, 'mockServiceWorker.js'), 'self;');
    const prerendered =
      '<html><head></head><body><div id="root">12 red in 2012</div></body></html>';
    writeFileSync(join(built, 'index.html'), prerendered);
    writeFileSync(join(built, 'dashboard', 'index.html'), prerendered);
    writeFileSync(
      join(built, 'app-shell.html'),
      '<html><head></head><body><div id="root"></div></body></html>',
    );
    const served = new Hono();
    serveApp(served, built);
    for (const path of [
      '/',
      '/dashboard',
      '/dashboard/',
      '/dashboard/index.html',
      '/app-shell.html',
    ]) {
      const text = await (await served.request(path)).text();
      expect(text).toContain('<div id="root"></div>');
      expect(text).toContain('<meta name="ragstone-transport" content="http" />');
    }
    expect(await (await served.request('/mockServiceWorker.js')).text()).toBe('self;');
  } finally {
    rmSync(built, { recursive: true, force: true });
  }
});

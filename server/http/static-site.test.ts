// @vitest-environment node
/** The app beside the API: the transport meta, the SPA fallback, cached assets, and no inline script. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { Hono } from 'hono';
import { decodedBody } from '../testing/decoded-body';
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

describe('assets compressed once', () => {
  const script = `export const words = ${JSON.stringify('every figure traced '.repeat(200))};`;
  let built: string;
  let served: Hono;
  beforeAll(() => {
    built = mkdtempSync(join(tmpdir(), 'ragstone-dist-'));
    mkdirSync(join(built, 'assets'));
    writeFileSync(join(built, 'index.html'), '<html><head></head><body></body></html>');
    writeFileSync(join(built, 'assets', 'built.js'), script);
    // What the build wrote beside it (scripts/compress-assets.ts): sent as it is.
    writeFileSync(join(built, 'assets', 'built.js.br'), brotliCompressSync(script));
    writeFileSync(join(built, 'assets', 'plain.js'), script);
    served = new Hono();
    serveApp(served, built);
  });
  afterAll(() => {
    rmSync(built, { recursive: true, force: true });
  });

  test.each([
    ['built.js', 'br'],
    ['plain.js', 'br'],
    ['plain.js', 'gzip'],
  ])(
    '%s in %s decodes to the file, cached for good, varying on the header',
    async (name, encoding) => {
      const response = await served.request(`/assets/${name}`, {
        headers: { 'accept-encoding': `${encoding}, deflate` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
      expect(response.headers.get('content-type')).toMatch(/javascript/);
      expect(response.headers.get('cache-control')).toMatch(/immutable/);
      expect(Number(response.headers.get('content-length'))).toBeLessThan(script.length / 10);
      expect(await decodedBody(response)).toBe(script);
    },
  );

  test('without Accept-Encoding, for a part of the file, and for HEAD, the headers stay true', async () => {
    const plain = await served.request('/assets/built.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
    const part = await served.request('/assets/built.js', {
      headers: { 'accept-encoding': 'br', range: 'bytes=0-9' },
    });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-encoding')).toBeNull();
    expect(await part.text()).toBe(script.slice(0, 10));
    const head = await served.request('/assets/built.js', {
      method: 'HEAD',
      headers: { 'accept-encoding': 'br' },
    });
    expect(head.headers.get('content-encoding')).toBe('br');
    expect(head.headers.get('content-length')).toBe(String(brotliCompressSync(script).byteLength));
    expect(await head.text()).toBe('');
  });
});

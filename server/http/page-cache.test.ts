// @vitest-environment node
/**
 * Drawn pages kept until the figures change (ADR 0094): the cache's bounds on its own, then the
 * whole server on a real database (PGlite, or PostgreSQL with RAGSTONE_TEST_DATABASE_URL) with the
 * stand-in render entry (test/fixtures/server-render-entry.ts), which draws an indicator's latest
 * figure from the live API.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startService, type RagstoneService } from '../service';
import { decodedBody } from '../testing/decoded-body';
import { FIXTURE_DATASET, openTestDatabase, type TestDatabase } from '../testing/test-database';
import type { ActorSource } from './actor';
import { createApp } from './app';
import { createPageCache, DrawnPage } from './page-cache';

describe('the cache on its own', () => {
  const page = (text: string) => new DrawnPage(`<p>${text}</p>`);

  test('it keeps at most its count of pages, the least recently served going first', () => {
    const cache = createPageCache({ maxEntries: 2 });
    cache.keep('/a', page('a'), 0);
    cache.keep('/b', page('b'), 0);
    expect(cache.get('/a')).toBeDefined();
    cache.keep('/c', page('c'), 0);
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.get('/a')).toBeDefined();
    expect(cache.get('/c')).toBeDefined();
    expect(cache.stats().pages).toBe(2);
  });

  test('it keeps at most its bytes, and never a page larger than all of them', () => {
    const cache = createPageCache({ maxBytes: 100 });
    cache.keep('/huge', page('x'.repeat(200)), 0);
    expect(cache.get('/huge')).toBeUndefined();
    cache.keep('/one', page('x'.repeat(40)), 0);
    cache.keep('/two', page('x'.repeat(40)), 0);
    cache.keep('/three', page('x'.repeat(40)), 0);
    expect(cache.stats().bytes).toBeLessThanOrEqual(100);
    expect(cache.get('/one')).toBeUndefined();
    expect(cache.get('/three')).toBeDefined();
  });

  test('a page drawn before a write is not kept, and a write drops every page', () => {
    const cache = createPageCache();
    const drawnIn = cache.generation();
    cache.keep('/kept', page('kept'), drawnIn);
    cache.invalidate();
    cache.keep('/late', page('late'), drawnIn);
    expect(cache.get('/kept')).toBeUndefined();
    expect(cache.get('/late')).toBeUndefined();
  });

  test('a page older than its age limit is drawn again', () => {
    let now = 1_000;
    const cache = createPageCache({ maxAgeMs: 500, now: () => now });
    cache.keep('/a', new DrawnPage('<p>a</p>', now), 0);
    now += 400;
    expect(cache.get('/a')).toBeDefined();
    now += 200;
    expect(cache.get('/a')).toBeUndefined();
  });
});

describe('the server keeps drawn pages until the figures change', () => {
  let database: TestDatabase;
  let service: RagstoneService;
  let dist: string;
  let publicRead = true;
  let app: ReturnType<typeof createApp>;
  const headerActor: ActorSource = (c) =>
    c.req.header('x-test-actor') ? { id: 'pat', name: 'Pat Jones' } : null;

  beforeAll(async () => {
    database = await openTestDatabase();
    service = await startService(database.handle, { datasets: [FIXTURE_DATASET] });
    dist = mkdtempSync(join(tmpdir(), 'ragstone-page-cache-'));
    mkdirSync(join(dist, '.vite'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><html><head><title>Ragstone</title></head><body><div id="root"></div></body></html>',
    );
    writeFileSync(
      join(dist, '.vite', 'manifest.json'),
      JSON.stringify({ 'index.html': { file: 'assets/index.js', isEntry: true } }),
    );
    app = createApp({
      service,
      getActor: headerActor,
      rateLimit: false,
      distDir: dist,
      renderEntry: fileURLToPath(
        new URL('../../test/fixtures/server-render-entry.ts', import.meta.url),
      ),
      publicRead: () => Promise.resolve(publicRead),
    });
  });
  afterAll(async () => {
    rmSync(dist, { recursive: true, force: true });
    await database.drop();
  });

  const visit = async (headers: Record<string, string> = {}) =>
    decodedBody(await app.request('/indicators/fx-green', { headers }));
  const record = (value: number, headers: Record<string, string> = {}) =>
    app.request('/api/indicators/fx-green/actuals', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-actor': 'Pat', ...headers },
      body: JSON.stringify({ period: '2013-03', value, reason: 'Counted again.' }),
    });

  test('the next visitor after a write sees the new figure; until then the drawn page is reused', async () => {
    expect(await visit()).toContain('Figures: ');
    // Written behind the API's back (no request announces it), the kept page is what is served.
    const planned = service.engine().planWrite('fx-green', { period: '2013-01', value: 55 });
    if (!planned.ok) throw new Error('the write was refused');
    service.engine().applyWrite(planned.body, []);
    expect(await visit()).not.toContain('2013-01 55');
    // A write through the API is announced: the next visitor gets the page drawn again.
    expect((await record(61)).status).toBe(201);
    expect(await visit()).toContain('2013-03 61');
    expect(await visit({ 'accept-encoding': 'br' })).toContain('2013-03 61');
  });

  test('a refused write keeps the drawn page; an accepted one replaces it in every encoding', async () => {
    expect((await record(62)).status).toBe(409);
    expect(await visit({ 'accept-encoding': 'gzip' })).toContain('2013-03 61');
    expect((await record(63, { 'if-match': '"1"' })).status).toBe(200);
    for (const encoding of ['br', 'gzip', 'identity'])
      expect(await visit({ 'accept-encoding': encoding })).toContain('2013-03 63');
  });

  test('a reload of an unchanged page is answered 304 without the page; after a write, the new page', async () => {
    const page = () =>
      app.request('/indicators/fx-green', { headers: { 'accept-encoding': 'br' } });
    const first = await page();
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^W\/"[\w-]+"$/);
    const reload = await app.request('/indicators/fx-green', {
      headers: { 'accept-encoding': 'gzip', 'if-none-match': tag ?? '' },
    });
    expect(reload.status).toBe(304);
    expect(reload.headers.get('etag')).toBe(tag);
    expect(reload.headers.get('content-encoding')).toBeNull();
    expect(await reload.text()).toBe('');
    expect((await record(64, { 'if-match': '"2"' })).status).toBe(200);
    const changed = await app.request('/indicators/fx-green', {
      headers: { 'if-none-match': tag ?? '' },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(tag);
    expect(await changed.text()).toContain('2013-03 64');
  });

  test('a drawn page decodes to the same bytes in each encoding and varies on the header', async () => {
    const plain = await app.request('/indicators/fx-green');
    const text = await plain.text();
    for (const encoding of ['br', 'gzip']) {
      const response = await app.request('/indicators/fx-green', {
        headers: { 'accept-encoding': encoding },
      });
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      expect(await decodedBody(response)).toBe(text);
      const head = await app.request('/indicators/fx-green', {
        method: 'HEAD',
        headers: { 'accept-encoding': encoding },
      });
      expect(head.headers.get('content-encoding')).toBe(encoding);
      expect(head.headers.get('content-length')).toBe(response.headers.get('content-length'));
      expect(await head.text()).toBe('');
    }
  });

  test('a signed-in reader gets the plain page, and no kept page is served once public reading is off', async () => {
    expect(await visit()).toContain('Figures:');
    expect(await visit({ cookie: 'ragstone_session=abc' })).not.toContain('Figures:');
    publicRead = false;
    try {
      expect(await visit()).not.toContain('Figures:');
    } finally {
      publicRead = true;
    }
  });
});

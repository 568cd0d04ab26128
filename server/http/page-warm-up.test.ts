// @vitest-environment node
/**
 * The main pages drawn before anyone asks (ADR 0099): the warm-up's timing on its own, then the
 * whole server on a real database (PGlite, or PostgreSQL with RAGSTONE_TEST_DATABASE_URL) with the
 * stand-in render entry (test/fixtures/server-render-entry.ts), which draws an indicator's figures
 * from the live API, so each render shows as one API request.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { startService, type RagstoneService } from '../service';
import { decodedBody } from '../testing/decoded-body';
import { FIXTURE_DATASET, openTestDatabase, type TestDatabase } from '../testing/test-database';
import type { ActorSource } from './actor';
import { createApp } from './app';
import { createPageCache, DrawnPage } from './page-cache';
import { keepMainPagesWarm, mainPageAddresses } from './page-warm-up';

describe('the warm-up on its own', () => {
  /** A renderer that keeps a page for each address it is asked to draw, and says what it drew. */
  function fakeRenderer(cache: ReturnType<typeof createPageCache>, during?: () => void) {
    const drawn: string[] = [];
    return {
      drawn,
      warm: async (address: string) => {
        const generation = cache.generation();
        drawn.push(address);
        during?.();
        await new Promise((resolve) => setTimeout(resolve, 5));
        cache.keep(address, new DrawnPage(`<p>${address}</p>`), generation);
        return true;
      },
    };
  }

  test('it draws each page once at start, and again once after a burst of writes', async () => {
    const cache = createPageCache();
    const renderer = fakeRenderer(cache);
    const warmUp = keepMainPagesWarm({
      renderer,
      cache,
      addresses: () => ['/', '/dashboard'],
      settleMs: 20,
    });
    await warmUp.idle();
    expect(renderer.drawn).toEqual(['/', '/dashboard']);
    expect(cache.get('/dashboard')).toBeDefined();
    for (let write = 0; write < 5; write += 1) cache.invalidate();
    expect(cache.get('/')).toBeUndefined();
    await warmUp.idle();
    expect(renderer.drawn).toEqual(['/', '/dashboard', '/', '/dashboard']);
    expect(cache.get('/')).toBeDefined();
  });

  test('a write during a warm-up stops it, and the pages are drawn again after the write', async () => {
    const cache = createPageCache();
    let writes = 1;
    // The first page's render sees a write land: what it drew is stale, so it is not kept.
    const renderer = fakeRenderer(cache, () => {
      if (writes-- > 0) cache.invalidate();
    });
    const warmUp = keepMainPagesWarm({
      renderer,
      cache,
      addresses: () => ['/', '/dashboard'],
      settleMs: 20,
    });
    await warmUp.idle();
    expect(renderer.drawn).toEqual(['/', '/', '/dashboard']);
    expect(cache.get('/')).toBeDefined();
    expect(cache.get('/dashboard')).toBeDefined();
  });

  test('a page already kept is not drawn again, and a failed render does not stop the others', async () => {
    const cache = createPageCache();
    cache.keep('/', new DrawnPage('<p>kept</p>'), cache.generation());
    const drawn: string[] = [];
    const lines: string[] = [];
    const warmUp = keepMainPagesWarm({
      renderer: {
        warm: (address) => {
          drawn.push(address);
          return address === '/broken'
            ? Promise.reject(new Error('render failed'))
            : Promise.resolve(false);
        },
      },
      cache,
      addresses: () => ['/', '/broken', '/dashboard'],
      log: (line) => lines.push(line),
    });
    await warmUp.idle();
    expect(drawn).toEqual(['/broken', '/dashboard']);
    expect(lines.join('\n')).toMatch(/Could not draw \/broken .*render failed/);
  });
});

describe('the server draws its main pages before anyone asks', () => {
  let database: TestDatabase;
  let service: RagstoneService;
  let dist: string;
  let app: Hono;
  /** Requests for the figures the warmed page is drawn from: one per render. */
  let asked = 0;
  const headerActor: ActorSource = (c) =>
    c.req.header('x-test-actor') ? { id: 'pat', name: 'Pat Jones' } : null;

  beforeAll(async () => {
    database = await openTestDatabase();
    service = await startService(database.handle, { datasets: [FIXTURE_DATASET] });
    dist = mkdtempSync(join(tmpdir(), 'ragstone-page-warm-up-'));
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
      warmPages: () => ['/indicators/fx-green'],
      plugins: [
        (server) => {
          server.use('/api/indicators/fx-green', async (c, next) => {
            if (c.req.method === 'GET') asked += 1;
            await next();
          });
        },
      ],
    });
  });
  afterAll(async () => {
    rmSync(dist, { recursive: true, force: true });
    await database.drop();
  });

  test('the main pages are the home page, the dashboard and each structure’s view of it', () => {
    expect(mainPageAddresses(service)).toEqual(['/', '/dashboard', '/dashboard/test-org']);
  });

  test('the first reader after start, and after a write, gets a page drawn before they asked', async () => {
    // Nobody has asked for the page; the server drew it at start.
    await vi.waitFor(
      () => {
        expect(asked).toBe(1);
      },
      { timeout: 10_000 },
    );
    const first = await app.request('/indicators/fx-green', {
      headers: { 'accept-encoding': 'br' },
    });
    expect(first.headers.get('content-encoding')).toBe('br');
    expect(await decodedBody(first)).toContain('Figures: ');
    expect(asked).toBe(1);

    const write = await app.request('/api/indicators/fx-green/actuals', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-actor': 'Pat' },
      body: JSON.stringify({ period: '2013-03', value: 71, reason: 'Counted again.' }),
    });
    expect(write.status).toBe(201);
    // The write emptied the cache; the page is drawn again, with the new figure, unasked.
    await vi.waitFor(
      () => {
        expect(asked).toBe(2);
      },
      { timeout: 10_000 },
    );
    expect(await decodedBody(await app.request('/indicators/fx-green'))).toContain('2013-03 71');
    expect(asked).toBe(2);
  });
});

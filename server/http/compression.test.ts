// @vitest-environment node
/**
 * Compression (ADR 0094) through the whole server on a real database (PGlite, or PostgreSQL with
 * RAGSTONE_TEST_DATABASE_URL): API answers, downloads and writes with their version tags, and the
 * choice of encoding. The pages and assets are in static-site.test.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openAccountsApp, PEOPLE, type AccountsApp } from '../testing/accounts-app';
import { decodedBody } from '../testing/decoded-body';
import type { ActorSource } from './actor';
import { createApp } from './app';
import { negotiateEncoding } from './compression';

let house: AccountsApp;
beforeAll(async () => {
  house = await openAccountsApp([PEOPLE.ada]);
});
afterAll(() => house.close());

const read = (path: string, headers: Record<string, string> = {}) =>
  house.app.request(`/api${path}`, { headers });

describe('the encoding a reader gets', () => {
  test('brotli before gzip, by weight, never one refused, none without the header', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateEncoding('gzip')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
    expect(negotiateEncoding('br;q=0.5, gzip;q=1.0')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('*;q=0, identity')).toBeNull();
    expect(negotiateEncoding('deflate')).toBeNull();
    expect(negotiateEncoding(undefined)).toBeNull();
  });
});

describe('API answers', () => {
  test('an answer decodes to the same bytes in brotli and gzip, varies on the header, and keeps the security headers', async () => {
    const plain = await read('/indicators');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toMatch(/accept-encoding/i);
    const text = await plain.text();
    expect(text.length).toBeGreaterThan(1024);
    for (const encoding of ['br', 'gzip']) {
      const response = await read('/indicators', { 'accept-encoding': encoding });
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const length = Number(response.headers.get('content-length'));
      expect(length).toBeLessThan(text.length / 3);
      expect(await decodedBody(response)).toBe(text);
    }
  });

  test('a small answer and an error go out as they are', async () => {
    const small = await read('/manifest', { 'accept-encoding': 'br' });
    expect(Number(small.headers.get('content-length') ?? '0')).toBeLessThan(1024);
    expect(small.headers.get('content-encoding')).toBeNull();
    const missing = await read('/nothing-here', { 'accept-encoding': 'br' });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-encoding')).toBeNull();
  });

  test('a write answered compressed keeps its version tag, and that tag still matches', async () => {
    // Who writes is not the point here: the actor comes from a header, as in api.test.ts.
    const headerActor: ActorSource = (c) =>
      c.req.header('x-test-actor') ? { id: 'pat', name: 'Pat Jones' } : null;
    const app = createApp({ service: house.service, getActor: headerActor, rateLimit: false });
    const post = (body: unknown, headers: Record<string, string>) =>
      app.request('/api/indicators/fx-green/actuals', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-test-actor': 'Pat', ...headers },
        body: JSON.stringify(body),
      });
    const gzip = { 'accept-encoding': 'gzip' };
    const first = await post({ period: '2012-06', value: 70 }, gzip);
    expect(first.status).toBe(201);
    const tag = first.headers.get('etag');
    expect(tag).toBe('"1"');
    expect(JSON.parse(await decodedBody(first))).toMatchObject({ change: { after: 70 } });
    const corrected = await post(
      { period: '2012-06', value: 72, reason: 'Recounted.' },
      { ...gzip, 'if-match': tag ?? '' },
    );
    expect(corrected.status).toBe(200);
    expect(corrected.headers.get('etag')).toBe('"2"');
  });

  test('a download keeps its file name and decodes to the same CSV', async () => {
    const ada = await house.as(PEOPLE.ada.email);
    const plain = await ada.request('GET', '/api/admin/audit.csv');
    const text = await plain.text();
    const packed = await ada.request('GET', '/api/admin/audit.csv', undefined, {
      'accept-encoding': 'br',
    });
    expect(packed.headers.get('content-disposition')).toBe(
      'attachment; filename="ragstone-audit-log.csv"',
    );
    expect(packed.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await decodedBody(packed)).toBe(text);
  });

  test('a body over the size limit is still refused, compressed or not', async () => {
    const ada = await house.as(PEOPLE.ada.email);
    const response = await ada.request(
      'POST',
      '/api/indicators/fx-green/actuals',
      { period: '2012-07', value: 1, commentary: 'x'.repeat(70 * 1024) },
      { 'accept-encoding': 'br' },
    );
    expect(response.status).toBe(413);
  });
});

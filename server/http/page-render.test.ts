// @vitest-environment node
/**
 * The server's first-view render (ADR 0092), with a stand-in for the built render entry
 * (test/fixtures/server-render-entry.ts). The real entry is exercised by the browser journeys
 * against the server.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { afterAll, expect, test } from 'vitest';
import { createPageRenderer, signedIn } from './page-render';

const folder = mkdtempSync(join(tmpdir(), 'ragstone-page-render-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

const SHELL =
  '<!doctype html><html><head><title>Ragstone</title></head><body><div id="root"></div></body></html>';

const manifestPath = join(folder, 'manifest.json');
writeFileSync(
  manifestPath,
  JSON.stringify({
    'index.html': {
      file: 'assets/index.js',
      isEntry: true,
      dynamicImports: ['src/app/routes/dashboard-view.tsx'],
    },
    'src/app/routes/dashboard-view.tsx': {
      file: 'assets/dashboard-view.js',
      isDynamicEntry: true,
      css: ['assets/dashboard-view.css'],
    },
  }),
);

const entryPath = fileURLToPath(
  new URL('../../test/fixtures/server-render-entry.ts', import.meta.url),
);

/** An API whose answer depends on the query and on who is asking (a header the visitor sent). */
function apiApp(onAsk: () => void = () => undefined) {
  const app = new Hono();
  app.get('/api/count', (c) => {
    onAsk();
    if (c.req.query('fail') === '1') return c.json({ error: 'no' }, 500);
    return c.json({
      count: `${c.req.query('n') ?? '0'} via ${c.req.header('x-forwarded-for') ?? 'direct'}`,
    });
  });
  return app;
}

async function rendererFor(app: Hono, options: { timeoutMs?: number } = {}) {
  const lines: string[] = [];
  const render = await createPageRenderer({
    app,
    shell: SHELL,
    entryPath,
    manifestPath,
    log: (line) => lines.push(line),
    ...options,
  });
  if (!render) throw new Error('no renderer');
  app.get('*', async (c) => {
    const rendered = await render(c);
    if (rendered && 'redirect' in rendered) return c.redirect(rendered.redirect, 301);
    return c.html(rendered ? rendered.page.body.toString('utf8') : SHELL);
  });
  return { app, lines };
}

test('a page is drawn from the live API for its address, query included, in the plain page’s frame', async () => {
  const { app } = await rendererFor(apiApp());
  const response = await app.request('/dashboard?n=7', {
    headers: { 'x-forwarded-for': '203.0.113.9' },
  });
  const html = await response.text();
  // The visitor's forwarded address went with the API request (their rate limit, not the server's).
  expect(html).toContain('<p>Count: 7 via 203.0.113.9 for /dashboard?n=7</p>');
  expect(html).toContain('<title>Page /dashboard?n=7</title>');
  expect(html).toContain('"address":"/dashboard?n=7"');
  // The page's own stylesheet is linked, so it paints styled.
  expect(html).toContain('href="/assets/dashboard-view.css"');
});

test('a signed-in reader, a failed query, a slow or broken render, and markup the CSP would block all get the plain page', async () => {
  const { app, lines } = await rendererFor(apiApp(), { timeoutMs: 200 });
  const plain = async (path: string, headers: Record<string, string> = {}) =>
    (await (await app.request(path, { headers })).text()) === SHELL;
  expect(await plain('/dashboard', { cookie: 'theme=x; ragstone_session=abc' })).toBe(true);
  expect(await plain('/dashboard?fail=1')).toBe(true);
  expect(await plain('/slow')).toBe(true);
  expect(await plain('/broken')).toBe(true);
  expect(await plain('/styled')).toBe(true);
  expect(lines.join('\n')).toMatch(/Could not render \/broken on the server: Error: render failed/);
  expect(lines.join('\n')).toMatch(/\/styled.*inline style attribute/);
  // And a plain reader still gets a drawn page.
  expect(await plain('/dashboard')).toBe(false);
});

test('an old form of an address is sent on to where the page lives now', async () => {
  const { app } = await rendererFor(apiApp());
  const response = await app.request('/moved?to=here');
  expect(response.status).toBe(301);
  expect(response.headers.get('location')).toBe('/here');
});

test('the session cookie is recognised under either name', () => {
  expect(signedIn('ragstone_session=1')).toBe(true);
  expect(signedIn('a=b; __Host-ragstone_session=1')).toBe(true);
  expect(signedIn('not_ragstone_session=1')).toBe(false);
  expect(signedIn(undefined)).toBe(false);
});

test('without a built render entry, there is no renderer and pages draw in the browser', async () => {
  const lines: string[] = [];
  const render = await createPageRenderer({
    app: apiApp(),
    shell: SHELL,
    entryPath: join(folder, 'missing.mjs'),
    manifestPath,
    log: (line) => lines.push(line),
  });
  expect(render).toBeNull();
  expect(lines[0]).toMatch(/No server render/);
});

test('readers asking for a page while it is drawn wait for that one render', async () => {
  let asked = 0;
  const { app } = await rendererFor(
    apiApp(() => {
      asked += 1;
    }),
  );
  const pages = await Promise.all([1, 2, 3].map(async () => app.request('/together?n=3')));
  for (const page of pages) expect(await page.text()).toContain('Count: 3 via direct');
  expect(asked).toBe(1);
});

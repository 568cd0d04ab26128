/**
 * Serves the built app (dist/) from the same origin as the API. Every page address the app routes
 * gets the plain app page, with a `<meta name="ragstone-transport" content="http">` added so the same
 * build that works as a static publication talks to this server's /api instead (src/lib/env.ts).
 *
 * The build also writes prerendered pages (dist/index.html, dist/dashboard/index.html, …; ADR 0086)
 * holding the figures as they were at build time. Here the figures change as people record them,
 * so those pages are never served: given the built render entry, the server draws each page's
 * first view from the live figures instead (page-render.ts, ADR 0092); otherwise, and for a
 * signed-in reader, the plain page (dist/app-shell.html) is sent and the app draws the page itself.
 *
 * Pages go out brotli or gzip compressed when the reader accepts it, each drawn page and the plain
 * page compressed once and reused (ADR 0094), and the assets from the build's compressed copies.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';
import { serveEncodedAssets } from './asset-encodings';
import { markEncoded, negotiateEncoding, varyOnEncoding } from './compression';
import { DrawnPage, type PageCache } from './page-cache';
import { createPageRenderer, type PageRenderer } from './page-render';

export const TRANSPORT_META = '<meta name="ragstone-transport" content="http" />';

export function withServerTransport(html: string): string {
  if (!html.includes('</head>'))
    throw new Error('index.html has no </head> to add the transport to');
  return html.replace('</head>', `    ${TRANSPORT_META}\n  </head>`);
}

/** The build's plain page; an older build without prerendering has only index.html. */
const SHELL_FILES = ['app-shell.html', 'index.html'];

/**
 * A file the build wrote for the browser to fetch as it is (`/assets/x.js`, `/mockServiceWorker.js`),
 * not a page address: an indicator whose id has a dot is still a page.
 */
const isFilePath = (path: string) =>
  path.startsWith('/assets/') || /^\/[^/]+\.[a-z0-9]+$/i.test(path);

export interface ServeAppOptions {
  /** The built render entry (.prerender/prerender-entry.js); none: every page draws itself. */
  renderEntry?: string;
  renderTimeoutMs?: number;
  /** Drawn pages kept until the figures change (ADR 0094); none: each visit draws its page. */
  pageCache?: PageCache;
  /** Whether readers who are not signed in may read, asked before a kept page is sent. */
  publicRead?: () => Promise<boolean>;
}

/** A page in the encoding the reader accepts: compressed once per page, then reused. */
async function pageResponse(c: Context, page: DrawnPage): Promise<Response> {
  const headers = new Headers({
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-cache',
  });
  varyOnEncoding(headers);
  headers.set('etag', page.etag);
  // A reload of a page that has not changed: the reader's copy is still right.
  if (page.matches(c.req.header('if-none-match')))
    return new Response(null, { status: 304, headers });
  const encoding = negotiateEncoding(c.req.header('accept-encoding'));
  const body = encoding === null ? page.body : await page.encoded(encoding);
  if (encoding === null) headers.set('content-length', String(body.byteLength));
  else markEncoded(headers, encoding, body.byteLength);
  return new Response(c.req.method === 'HEAD' ? null : new Uint8Array(body), { headers });
}

export function serveApp(app: Hono, distDir: string, options: ServeAppOptions = {}): void {
  const shell = SHELL_FILES.map((name) => join(distDir, name)).find((path) => existsSync(path));
  const indexPath = shell ?? join(distDir, 'index.html');
  if (!existsSync(indexPath))
    throw new Error(`There is no built app at ${indexPath}: run npm run build.`);
  const page = withServerTransport(readFileSync(indexPath, 'utf8'));
  const plainPage = new DrawnPage(page);
  const renderer: Promise<PageRenderer | null> =
    options.renderEntry === undefined
      ? Promise.resolve(null)
      : createPageRenderer({
          app,
          shell: page,
          entryPath: options.renderEntry,
          manifestPath: join(distDir, '.vite', 'manifest.json'),
          ...(options.renderTimeoutMs === undefined ? {} : { timeoutMs: options.renderTimeoutMs }),
          ...(options.pageCache === undefined ? {} : { cache: options.pageCache }),
          ...(options.publicRead === undefined ? {} : { publicRead: options.publicRead }),
        }).catch((error: unknown) => {
          console.error(
            `The server cannot render pages (they draw in the browser): ${String(error)}`,
          );
          return null;
        });
  const sendPage = async (c: Context) => {
    const render = await renderer;
    const rendered = render ? await render(c) : null;
    if (rendered && 'redirect' in rendered) return c.redirect(rendered.redirect, 301);
    return pageResponse(c, rendered?.page ?? plainPage);
  };

  app.get('/', sendPage);
  // The files' own names are not app addresses: the plain page, as before.
  app.get('/index.html', (c) => pageResponse(c, plainPage));
  app.get('/app-shell.html', (c) => pageResponse(c, plainPage));
  // A page address never reaches the files: a prerendered folder's index.html holds old figures.
  app.get('*', async (c, next) => (isFilePath(c.req.path) ? next() : sendPage(c)));
  // The static publication's JSON is for static hosts; here /api is the live service.
  // Vite puts a content hash in every asset name, so an asset never changes under its name.
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200)
      c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('/assets/*', serveEncodedAssets(distDir));
  app.use('*', serveStatic({ root: distDir }));
  // A missing asset is a 404, never the app page cached for a year under the asset's name.
  app.get('/assets/*', (c) => c.text('Not found', 404));
  // Anything else is an app route (the app shows its own "not found" for unknown pages).
  app.get('*', sendPage);
}

/**
 * Serves the built app (dist/) from the same origin as the API. Every page address the app routes
 * gets index.html, with a `<meta name="ragstone-transport" content="http">` added so the same
 * build that works as a static publication talks to this server's /api instead (src/lib/env.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

export const TRANSPORT_META = '<meta name="ragstone-transport" content="http" />';

export function withServerTransport(html: string): string {
  if (!html.includes('</head>'))
    throw new Error('index.html has no </head> to add the transport to');
  return html.replace('</head>', `    ${TRANSPORT_META}\n  </head>`);
}

export function serveApp(app: Hono, distDir: string): void {
  const indexPath = join(distDir, 'index.html');
  if (!existsSync(indexPath))
    throw new Error(`There is no built app at ${indexPath}: run npm run build.`);
  const page = withServerTransport(readFileSync(indexPath, 'utf8'));
  const sendPage = () =>
    new Response(page, {
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' },
    });

  app.get('/', sendPage);
  app.get('/index.html', sendPage);
  // The static publication's JSON is for static hosts; here /api is the live service.
  // Vite puts a content hash in every asset name, so an asset never changes under its name.
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200)
      c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', serveStatic({ root: distDir }));
  // A missing asset is a 404, never the app page cached for a year under the asset's name.
  app.get('/assets/*', (c) => c.text('Not found', 404));
  // Anything else is an app route (the app shows its own "not found" for unknown pages).
  app.get('*', sendPage);
}

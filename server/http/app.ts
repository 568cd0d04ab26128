/** The Ragstone HTTP server: security headers on everything, the API under /api, the app beside it. */
import { Hono, type MiddlewareHandler } from 'hono';
import { benchmarkImportPaths, MAX_IMPORT_BODY_BYTES } from '@/data/api/contract';
import type { RagstoneService } from '../service';
import { noActor, type ActorSource } from './actor';
import { apiRoutes } from './api-routes';
import { compressResponses } from './compression';
import { createPageCache, invalidateOnWrite, type PageCacheOptions } from './page-cache';
import type { RateLimitOptions } from './rate-limit';
import { limitBody, rateLimit, securityHeaders, strictTransportSecurity } from './security';
import { serveApp } from './static-site';

export interface AppOptions {
  service: RagstoneService;
  /** Who is asking; the accounts layer plugs its sessions in here. */
  getActor?: ActorSource;
  /** The built app to serve beside the API; none for an API-only server (tests). */
  distDir?: string;
  /** The built render entry, to draw each page's first view on the server (ADR 0092). */
  renderEntry?: string;
  /** How long a page's render may take before the plain page is sent instead (2 s). */
  renderTimeoutMs?: number;
  /** Bounds of the drawn-page cache (ADR 0094); false: every visit draws its page. */
  pageCache?: PageCacheOptions | false;
  /** Whether readers who are not signed in may read (the accounts layer's setting). */
  publicRead?: () => Promise<boolean>;
  maxBodyBytes?: number;
  /** Per client across the API; false turns it off (benchmarks). */
  rateLimit?: RateLimitOptions | false;
  /** Believe X-Forwarded-Proto/For: only behind a proxy you run. */
  trustProxy?: boolean;
  checkResponses?: boolean;
  /**
   * Adds routes or middleware after the security layers and before the API (sign-in, sessions):
   * a route registered here under /api wins over the API's "no such endpoint".
   */
  plugins?: readonly ((app: Hono) => void)[];
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { capacity: 300, refillPerSecond: 50 };
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export function createApp(options: AppOptions): Hono {
  const trustProxy = options.trustProxy ?? false;
  const app = new Hono();
  app.use('*', securityHeaders(), strictTransportSecurity(trustProxy));
  // Inside the security headers, which are set on the compressed response as on any other.
  app.use('*', compressResponses());
  const pageCache = options.pageCache === false ? undefined : createPageCache(options.pageCache);
  // Before the limits and the plugins, so it sees every write's final answer.
  if (pageCache) app.use('/api/*', invalidateOnWrite(pageCache));
  const limits = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  if (limits !== false) app.use('/api/*', rateLimit(limits, trustProxy));
  const defaultLimit = limitBody(options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
  // A benchmark import carries a whole file's figures; its route has a larger ceiling of its own.
  const importLimit = limitBody(MAX_IMPORT_BODY_BYTES);
  const bodyLimitFor: MiddlewareHandler = (c, next) =>
    c.req.path === `/api${benchmarkImportPaths.add()}` && c.req.method === 'POST'
      ? importLimit(c, next)
      : defaultLimit(c, next);
  app.use('/api/*', bodyLimitFor);
  for (const plugin of options.plugins ?? []) plugin(app);
  app.route(
    '/api',
    apiRoutes({
      service: options.service,
      getActor: options.getActor ?? noActor,
      checkResponses: options.checkResponses ?? true,
    }),
  );
  if (options.distDir !== undefined)
    serveApp(
      app,
      options.distDir,
      options.renderEntry === undefined
        ? {}
        : {
            renderEntry: options.renderEntry,
            ...(pageCache === undefined ? {} : { pageCache }),
            ...(options.publicRead === undefined ? {} : { publicRead: options.publicRead }),
            ...(options.renderTimeoutMs === undefined
              ? {}
              : { renderTimeoutMs: options.renderTimeoutMs }),
          },
    );
  app.onError((error, c) => {
    console.error(error);
    return c.json({ error: 'The service failed to answer; try again.' }, 500);
  });
  return app;
}

/**
 * Headers every response carries, the request size limit and the API rate limit.
 * The app has no inline script (server/http/static-site.test.ts checks index.html), so the
 * policy allows scripts from this origin only.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createRateLimiter, type RateLimitOptions } from './rate-limit';

export const securityHeaders = (): MiddlewareHandler =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      // blob: lets "Download chart (PNG)" draw the chart's own SVG onto a canvas in the page.
      imgSrc: ["'self'", 'data:', 'blob:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'strict-origin-when-cross-origin',
    // Only over HTTPS (below): over plain HTTP the header is ignored at best.
    strictTransportSecurity: false,
  });

/** HSTS when the request came over HTTPS, directly or through a proxy that says so. */
export const strictTransportSecurity =
  (trustProxy: boolean): MiddlewareHandler =>
  async (c, next) => {
    await next();
    const forwarded = trustProxy ? c.req.header('x-forwarded-proto') : undefined;
    const https =
      new URL(c.req.url).protocol === 'https:' || forwarded?.split(',')[0]?.trim() === 'https';
    if (https) c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  };

export const limitBody = (maxBytes: number): MiddlewareHandler =>
  bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      c.json(
        {
          error: `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`,
          field: 'body',
        },
        413,
      ),
  });

function clientOf(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  if (forwarded) return forwarded;
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket; they share one bucket.
    return 'local';
  }
}

export const rateLimit = (options: RateLimitOptions, trustProxy: boolean): MiddlewareHandler => {
  const limiter = createRateLimiter(options);
  return async (c, next) => {
    const wait = limiter.take(clientOf(c, trustProxy));
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return c.json({ error: `Too many requests: try again in ${wait} s.` }, 429);
    }
    await next();
  };
};

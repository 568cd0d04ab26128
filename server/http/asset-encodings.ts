/**
 * The built assets (dist/assets, content-hashed, never changing under their names) sent brotli or
 * gzip compressed without compressing them per request (ADR 0094): the build writes `x.js.br` and
 * `x.js.gz` beside each text asset at the highest levels (scripts/compress-assets.ts); a build
 * without them is compressed once here, on first request, and kept in memory (at most the size of
 * dist/assets). A Range request gets the plain file's bytes (serveStatic), as before.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import {
  compressBody,
  isCompressible,
  markEncoded,
  negotiateEncoding,
  type Encoding,
} from './compression';

/** Vite's asset names: one level, letters, digits, dots, dashes and underscores. */
const ASSET_PATH = /^\/assets\/[\w.-]+$/;

export const ENCODED_SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

export function serveEncodedAssets(distDir: string): MiddlewareHandler {
  const encoded = new Map<string, Promise<Buffer>>();

  function encodedAsset(file: string, encoding: Encoding): Promise<Buffer> {
    const key = `${file}${ENCODED_SUFFIX[encoding]}`;
    let bytes = encoded.get(key);
    if (bytes === undefined) {
      bytes = existsSync(key)
        ? Promise.resolve(readFileSync(key))
        : compressBody(readFileSync(file), encoding, 'thorough');
      bytes.catch(() => encoded.delete(key));
      encoded.set(key, bytes);
    }
    return bytes;
  }

  return async (c, next) => {
    const path = c.req.path;
    if (!ASSET_PATH.test(path) || path.includes('..') || c.req.header('range') !== undefined)
      return next();
    const type = getMimeType(path);
    if (!isCompressible(type)) return next();
    const encoding = negotiateEncoding(c.req.header('accept-encoding'));
    const file = join(distDir, path);
    const stats = existsSync(file) ? statSync(file) : null;
    if (encoding === null || type === undefined || !stats?.isFile()) return next();
    const body = await encodedAsset(file, encoding);
    const headers = new Headers({
      'Content-Type': type,
      'Last-Modified': stats.mtime.toUTCString(),
    });
    markEncoded(headers, encoding, body.byteLength);
    return new Response(c.req.method === 'HEAD' ? null : new Uint8Array(body), { headers });
  };
}

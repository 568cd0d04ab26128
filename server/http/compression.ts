/**
 * Compression of text responses (ADR 0094): brotli or gzip by the request's Accept-Encoding, with
 * `Vary: Accept-Encoding` on every response whose body could have been compressed, so a shared
 * cache keeps the encodings apart. Responses are compressed on the fly at a level that costs
 * little CPU (API JSON, the plain page, small files); the built assets arrive already compressed
 * (asset-encodings.ts) and drawn pages are compressed once per cached page (page-cache.ts), so
 * neither comes through here twice.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

export type Encoding = 'br' | 'gzip';

/** Smaller bodies gain less than the header and the work cost (a TCP packet holds ~1,400 bytes). */
export const MIN_COMPRESS_BYTES = 1024;

const TEXT_TYPE =
  /^(?:text\/|application\/(?:json|javascript|ecmascript|xml|manifest\+json|[a-z.+-]*\+json|[a-z.+-]*\+xml)|image\/svg\+xml)/i;

export const isCompressible = (contentType: string | null | undefined): boolean =>
  contentType !== null &&
  contentType !== undefined &&
  TEXT_TYPE.test(contentType.trim()) &&
  // A stream of events must reach the reader as it is written, never held back to compress.
  !/^text\/event-stream/i.test(contentType.trim());

/**
 * The encoding to send for an Accept-Encoding header: brotli before gzip when both are acceptable
 * (smaller, and every browser that sends `br` decodes it), none when neither is, including when
 * the client refuses one with `;q=0` or accepts only through `*`.
 */
export function negotiateEncoding(header: string | null | undefined): Encoding | null {
  if (!header) return null;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...parameters] = part.trim().toLowerCase().split(';');
    const q = parameters.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    const weight = q === undefined ? 1 : Number(q);
    if (name) weights.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (encoding: Encoding) => weights.get(encoding) ?? weights.get('*') ?? 0;
  const best = (['br', 'gzip'] as const).filter((encoding) => weightOf(encoding) > 0);
  best.sort((a, b) => weightOf(b) - weightOf(a));
  return best[0] ?? null;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * How hard to work: `fast` for answers made per request (brotli 4 and gzip 6 take about the same
 * CPU, brotli gives smaller bodies), `thorough` for a body compressed once and sent many times.
 */
export type Effort = 'fast' | 'thorough';

/** Compressed off the main thread (zlib's thread pool), so other requests go on meanwhile. */
export function compressBody(
  body: Uint8Array,
  encoding: Encoding,
  effort: Effort,
): Promise<Buffer> {
  if (encoding === 'gzip') return gzipAsync(body, { level: effort === 'fast' ? 6 : 9 });
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: effort === 'fast' ? 4 : 7,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
    },
  });
}

/** Adds Accept-Encoding to a response's Vary, once, whatever else it varies on. */
export function varyOnEncoding(headers: Headers): void {
  const vary = headers.get('vary');
  if (vary === null) headers.set('vary', 'Accept-Encoding');
  else if (!/(?:^|,)\s*(?:accept-encoding|\*)\s*(?:,|$)/i.test(vary))
    headers.set('vary', `${vary}, Accept-Encoding`);
}

/** Marks headers as those of a body sent in an encoding (its length is the encoded one). */
export function markEncoded(headers: Headers, encoding: Encoding, length: number): void {
  headers.set('content-encoding', encoding);
  headers.set('content-length', String(length));
  varyOnEncoding(headers);
}

/**
 * Compresses the body of a finished response when it is worth it. Left alone: a response already
 * encoded, a part of a file (Range: the byte offsets are the file's), no body (204, 304, HEAD's
 * empty answer), `Cache-Control: no-transform`, and types that are not text (images, fonts and
 * workbooks are compressed already or gain nothing). The ETag is kept: the API's tags name a
 * figure's version (If-Match), which is the same whatever the encoding.
 */
export const compressResponses = (): MiddlewareHandler => async (c, next) => {
  await next();
  const response = c.res;
  const headers = response.headers;
  if (!isCompressible(headers.get('content-type'))) return;
  if (response.status === 206 || headers.has('content-range')) return;
  if (headers.has('content-encoding')) return;
  // The representation depends on the header from here on, compressed or not.
  varyOnEncoding(headers);
  if (/\bno-transform\b/i.test(headers.get('cache-control') ?? '')) return;
  if (response.body === null || c.req.method === 'HEAD') return;
  const declared = Number(headers.get('content-length') ?? Number.NaN);
  if (declared < MIN_COMPRESS_BYTES) return;
  const encoding = negotiateEncoding(c.req.header('accept-encoding'));
  if (encoding === null) return;
  const body = new Uint8Array(await response.arrayBuffer());
  if (body.byteLength < MIN_COMPRESS_BYTES) {
    c.res = new Response(body, { status: response.status, headers });
    return;
  }
  const compressed = await compressBody(body, encoding, 'fast');
  // Hono copies the old response's headers onto the new one, the old length included: mark after.
  c.res = new Response(new Uint8Array(compressed), { status: response.status, headers });
  markEncoded(c.res.headers, encoding, compressed.byteLength);
};

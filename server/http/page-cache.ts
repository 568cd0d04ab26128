/**
 * Drawn pages kept by address (ADR 0094), so a page is drawn once for every reader who is not
 * signed in rather than once per visit, until the figures change. Any write through the API
 * (`invalidateOnWrite`) moves the cache to a new generation and drops every page; a render that
 * began before the write is not kept. Bounded by bytes and by count (least recently served goes
 * first) and by age, which limits how long anything the API did not announce can stay.
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { compressBody, type Encoding } from './compression';

/** A drawn page's bytes, and each encoding of them, made the first time a reader asks for it. */
export class DrawnPage {
  readonly body: Buffer;
  readonly drawnAt: number;
  /**
   * Names these bytes, so a reader reloading a page that has not changed gets a 304 and keeps its
   * copy. Weak: the same page goes out in several encodings (RFC 9110 8.8.1).
   */
  readonly etag: string;
  private readonly encodings = new Map<Encoding, Promise<Buffer>>();
  private encodedBytes = 0;

  constructor(html: string, drawnAt = Date.now()) {
    this.body = Buffer.from(html, 'utf8');
    this.drawnAt = drawnAt;
    this.etag = `W/"${createHash('sha256').update(this.body).digest('base64url').slice(0, 27)}"`;
  }

  /** Compressed once, thoroughly: the page is sent many times before it changes. */
  encoded(encoding: Encoding): Promise<Buffer> {
    let made = this.encodings.get(encoding);
    if (made === undefined) {
      made = compressBody(this.body, encoding, 'thorough');
      made.then(
        (bytes) => {
          this.encodedBytes += bytes.byteLength;
        },
        () => {
          this.encodings.delete(encoding);
        },
      );
      this.encodings.set(encoding, made);
    }
    return made;
  }

  /** Whether an If-None-Match header names this page (weak comparison, as RFC 9110 13.1.2 asks). */
  matches(ifNoneMatch: string | undefined): boolean {
    if (ifNoneMatch === undefined) return false;
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    const mine = opaque(this.etag);
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === mine);
  }

  /** What it holds in memory. */
  get size(): number {
    return this.body.byteLength + this.encodedBytes;
  }
}

export interface PageCacheOptions {
  /** Bytes of pages (and their encodings) kept at most: 64 MB. */
  maxBytes?: number;
  /** Addresses kept at most (query strings make many): 500. */
  maxEntries?: number;
  /** A page older than this is drawn again (5 minutes). */
  maxAgeMs?: number;
  now?: () => number;
}

export interface PageCache {
  /** Changes whenever the figures may have changed. */
  generation(): number;
  /** The figures may have changed: every drawn page is stale. */
  invalidate(): void;
  get(address: string): DrawnPage | undefined;
  /** Keeps a page drawn during `generation`, unless a write has landed since. */
  keep(address: string, page: DrawnPage, generation: number): void;
  stats(): { pages: number; bytes: number };
}

export function createPageCache(options: PageCacheOptions = {}): PageCache {
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const maxEntries = options.maxEntries ?? 500;
  const maxAgeMs = options.maxAgeMs ?? 5 * 60 * 1000;
  const now = options.now ?? Date.now;
  // A Map keeps insertion order: re-inserting on each hit makes the first key the least recent.
  const pages = new Map<string, DrawnPage>();
  let generation = 0;

  const bytes = () => [...pages.values()].reduce((sum, page) => sum + page.size, 0);

  function trim() {
    let total = bytes();
    for (const [address, page] of pages) {
      if (pages.size <= maxEntries && total <= maxBytes) break;
      pages.delete(address);
      total -= page.size;
    }
  }

  return {
    generation: () => generation,
    invalidate() {
      generation += 1;
      pages.clear();
    },
    get(address) {
      const page = pages.get(address);
      if (page === undefined) return undefined;
      pages.delete(address);
      if (now() - page.drawnAt > maxAgeMs) return undefined;
      pages.set(address, page);
      // Encodings made since it was kept count too.
      trim();
      return page;
    },
    keep(address, page, drawnIn) {
      if (drawnIn !== generation || page.body.byteLength > maxBytes) return;
      pages.delete(address);
      pages.set(address, page);
      trim();
    },
    stats: () => ({ pages: pages.size, bytes: bytes() }),
  };
}

/** Requests that only read, and signing in or out, which changes no figure. */
const changesNothing = (method: string, path: string) =>
  method === 'GET' || method === 'HEAD' || method === 'OPTIONS' || path.startsWith('/api/auth/');

/**
 * Every request that may write (a figure, a target, a profile, a setting, an import) moves the
 * cache on once it has been answered, unless it was refused (4xx: nothing was written). A failure
 * (5xx) counts as a change: part of it may have been committed.
 */
export const invalidateOnWrite =
  (cache: PageCache): MiddlewareHandler =>
  async (c, next) => {
    if (changesNothing(c.req.method, c.req.path)) return next();
    try {
      await next();
    } finally {
      if (c.res.status < 400 || c.res.status >= 500) cache.invalidate();
    }
  };

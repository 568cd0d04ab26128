/**
 * The server draws a page's first view for a reader who is not signed in (ADR 0092): the same
 * markup and data the build prerenders for a static host (ADR 0086), but from the live database,
 * for any address the app routes, query strings included. The page's own code then hydrates it.
 *
 * The render is the app's own code (src/app/prerender-entry.tsx, built by `vite build --ssr` into
 * .prerender/), asking this server's API in-process through `app.request`, as the visitor: the
 * same routes, validation and rate limit as the browser's requests. A signed-in reader, a failed
 * query, a render that takes too long, or markup the CSP would break all get the plain page, which
 * draws itself as before.
 *
 * Given a page cache (ADR 0094), a page drawn once is sent to every later reader who is not signed
 * in until the figures change; readers asking for a page being drawn wait for that render.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { DehydratedState } from '@tanstack/react-query';
import type { Context, Hono } from 'hono';
import { headLinksByAddress, readManifest } from '../../scripts/lib/page-assets';
import { writePageHtml } from '../../scripts/lib/page-html';
import { SESSION_COOKIE } from '../auth/middleware';
import { DrawnPage, type PageCache } from './page-cache';

/** What the built render entry exports (src/app/prerender-entry.tsx). */
interface RenderEntry {
  renderWithLiveApi(): void;
  prerenderPage(address: string): Promise<
    | {
        html: string;
        title: string;
        state: DehydratedState;
        failed: number;
      }
    | { redirect: string }
  >;
}

export interface PageRendererOptions {
  app: Hono;
  /** The plain page as served (with the transport meta), the frame every rendered page goes in. */
  shell: string;
  /** .prerender/prerender-entry.js */
  entryPath: string;
  /** dist/.vite/manifest.json, for the page's own stylesheets and chunks. */
  manifestPath: string;
  /** A render not done by then gets the plain page; the reader is not kept waiting. */
  timeoutMs?: number;
  /** Renders at once beyond which a page gets the plain page (2 cores: rendering is CPU work). */
  maxConcurrent?: number;
  /** Pages drawn before, by address; none: every visit draws its page. */
  cache?: PageCache;
  /**
   * Whether readers who are not signed in may read (an administrator can turn that off, from any
   * server process): asked before a kept page is sent, as each of a render's API requests asks.
   */
  publicRead?: () => Promise<boolean>;
  log?: (line: string) => void;
}

/** The page drawn, or where an old form of the address now lives, or null for the plain page. */
export type RenderedPage = { page: DrawnPage } | { redirect: string };
export type PageRenderer = (c: Context) => Promise<RenderedPage | null>;

/** The API origin the app's code asks when it has no `location` (src/data/api/fetch-json.ts). */
const IN_PROCESS_ORIGIN = 'http://localhost';

/** A session cookie means a signed-in reader, whose pages may differ: they get the plain page. */
const SESSION_COOKIE_PAIR = new RegExp(`(?:^|;\\s*)(?:__Host-)?${SESSION_COOKIE}=`);

export const signedIn = (cookieHeader: string | undefined): boolean =>
  cookieHeader !== undefined && SESSION_COOKIE_PAIR.test(cookieHeader);

/** The app a render asks and the visitor it is for (whose rate limit its API requests count against). */
const rendering = new AsyncLocalStorage<{ app: Hono; c: Context }>();
let inProcessFetchInstalled = false;

/**
 * Answers a render's API requests in-process. Installed once; a request made outside a render, or
 * not for this origin's /api, goes to the real fetch.
 */
function installInProcessFetch(): void {
  if (inProcessFetchInstalled) return;
  inProcessFetchInstalled = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const store = rendering.getStore();
    if (
      store === undefined ||
      url.origin !== IN_PROCESS_ORIGIN ||
      !url.pathname.startsWith('/api/')
    )
      return realFetch(input, init);
    const { app, c } = store;
    const headers = new Headers(init?.headers);
    const forwardedFor = c.req.header('x-forwarded-for');
    if (forwardedFor !== undefined) headers.set('x-forwarded-for', forwardedFor);
    const forwardedProto = c.req.header('x-forwarded-proto');
    if (forwardedProto !== undefined) headers.set('x-forwarded-proto', forwardedProto);
    // An in-process answer is never decoded by a network layer, so it must come uncompressed.
    headers.delete('accept-encoding');
    // c.env carries the visitor's socket, which the rate limiter reads.
    return Promise.resolve(
      app.request(`${url.pathname}${url.search}`, { ...init, headers }, c.env as object),
    );
  };
}

function timeout(ms: number): Promise<null> {
  return new Promise((resolve) => {
    setTimeout(() => {
      resolve(null);
    }, ms).unref();
  });
}

/** Null when there is no built render entry (an API-only or older build): pages draw themselves. */
export async function createPageRenderer(
  options: PageRendererOptions,
): Promise<PageRenderer | null> {
  const log =
    options.log ??
    ((line: string) => {
      console.warn(line);
    });
  if (!existsSync(options.entryPath) || !existsSync(options.manifestPath)) {
    log(`No server render (${options.entryPath} not built): pages draw in the browser.`);
    return null;
  }
  const entry = (await import(pathToFileURL(options.entryPath).href)) as RenderEntry;
  entry.renderWithLiveApi();
  installInProcessFetch();
  const manifest = readManifest(options.manifestPath);
  const headLinksFor = headLinksByAddress(manifest, 'leave out');
  const timeoutMs = options.timeoutMs ?? 2000;
  const maxConcurrent = options.maxConcurrent ?? 4;
  let inFlight = 0;

  async function render(c: Context, address: string): Promise<RenderedPage | null> {
    const page = await rendering.run({ app: options.app, c }, () => entry.prerenderPage(address));
    if ('redirect' in page) return page;
    // A failed query would hydrate as an error the browser might not have: let it ask itself.
    if (page.failed > 0) return null;
    const html = writePageHtml(options.shell, {
      html: page.html,
      title: page.title,
      state: { address, queries: page.state },
      headLinks: headLinksFor(address),
    });
    return { page: new DrawnPage(html) };
  }

  const { cache } = options;
  /**
   * Renders under way, by address: a second reader of the same page waits for the first, unless
   * a write has landed since it began (it may show the figures from before).
   */
  const drawing = new Map<string, { generation?: number; work: Promise<RenderedPage | null> }>();

  function startRender(c: Context, address: string): Promise<RenderedPage | null> | null {
    const generation = cache?.generation();
    const underWay = drawing.get(address);
    if (underWay && underWay.generation === generation) return underWay.work;
    if (inFlight >= maxConcurrent) return null;
    inFlight += 1;
    const work = render(c, address)
      .then((rendered) => {
        // Kept even when it came too late for this reader: the next one gets it.
        if (rendered && 'page' in rendered && generation !== undefined)
          cache?.keep(address, rendered.page, generation);
        return rendered;
      })
      .catch((error: unknown) => {
        log(`Could not render ${address} on the server: ${String(error)}`);
        return null;
      })
      .finally(() => {
        // Counted until the render ends, even one that ran past the timeout.
        inFlight -= 1;
        if (drawing.get(address)?.work === work) drawing.delete(address);
      });
    drawing.set(address, { ...(generation === undefined ? {} : { generation }), work });
    return work;
  }

  return async (c) => {
    // HEAD is answered as GET would be, headers and all (Hono drops the body).
    if (!['GET', 'HEAD'].includes(c.req.method) || signedIn(c.req.header('cookie'))) return null;
    const url = new URL(c.req.url);
    const address = `${url.pathname}${url.search}`;
    const kept = cache?.get(address);
    if (kept) return (await (options.publicRead?.() ?? true)) ? { page: kept } : null;
    const work = startRender(c, address);
    return work === null ? null : Promise.race([work, timeout(timeoutMs)]);
  };
}

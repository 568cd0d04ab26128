/**
 * Renders one address of the app to HTML ahead of time (ADR 0086), for `scripts/prerender` at build
 * time and for the server on each request (server/http/page-render.ts, ADR 0092).
 * Built with `vite build --ssr` after the static API is written; the data comes through the same
 * client transport and zod validation as in the browser (the script answers its fetches from
 * dist/api). Effects never run here, so nothing that reads the session, the clock or the window
 * may change what the first render shows (the browser hydrates this markup).
 */
import {
  dehydrate,
  QueryClientProvider,
  type DehydratedState,
  type Query,
  type QueryClient,
} from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { Router } from 'wouter';
import { makeQueryClient } from '@/data/query-client';
import { renderWithLiveApi } from '@/lib/env';
import { hrefFrom, parseSearch, type RouteParams, type RoutePath } from '@/ui/navigation';
import { PageTitleSink } from '@/ui/use-page-title';
import { AppRoutes, findRoute } from './router';

/** For the server (server/http/page-render.ts): pages are drawn from its live API, not the shards. */
export { renderWithLiveApi };

export interface PrerenderedPage {
  /** The markup that goes inside `#root`. */
  html: string;
  /** The document title the page sets in the browser. */
  title: string;
  /** The queries the page was drawn from, for `hydrate(queryClient, state)`. */
  state: DehydratedState;
  /** Queries that failed (left out of `state`): the markup shows their error, not their data. */
  failed: number;
}

/** Passes are cheap (the shards are cached), but a page that keeps asking for more is a bug. */
const MAX_PASSES = 5;

/** An observer's `enabled`, which the query keeps in its options though their type leaves it out. */
const enabledOf = (query: Query) => (query.options as { enabled?: unknown }).enabled;

/** A query a view asked for while rendering that has not been fetched (effects do not run here). */
const waitingForData = (query: Query) =>
  query.state.status === 'pending' &&
  query.state.fetchStatus === 'idle' &&
  enabledOf(query) !== false &&
  query.meta?.afterFirstView !== true &&
  typeof query.options.queryFn === 'function';

async function render(queryClient: QueryClient, pathname: string, search: string) {
  const sink: { title: string | undefined } = { title: undefined };
  const { prelude } = await prerender(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <PageTitleSink value={sink}>
          <Router ssrPath={pathname} ssrSearch={search}>
            <AppRoutes />
          </Router>
        </PageTitleSink>
      </QueryClientProvider>
    </StrictMode>,
    // Every boundary inline, in place: a large one is otherwise sent after the shell and moved in
    // by an inline script, which the CSP forbids and a reader without scripts never runs.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await new Response(prelude).text();
  return { html, title: sink.title ?? 'Ragstone' };
}

/**
 * `address`: a path with an optional query, e.g. `/organisation/kcc-2008/cfe`. Starts the route's
 * loader, then renders until every query the page asked for has settled, so the markup holds the
 * figures rather than skeletons. Queries that failed are left out of the state: the browser asks again.
 */
export async function prerenderPage(
  address: string,
): Promise<PrerenderedPage | { redirect: string }> {
  const url = new URL(address, 'http://localhost');
  const search = url.search.replace(/^\?/, '');
  const queryClient = makeQueryClient({ retry: false });
  const found = findRoute(url.pathname);
  const redirect = found?.route.redirect?.(parseSearch(url.search));
  // An old form of an address (`/dashboard?structure=…`): say where it lives now, draw nothing.
  if (redirect) return { redirect: hrefFrom(redirect, url.pathname, url.search) };
  if (found) {
    found.route.load?.({
      queryClient,
      params: found.params as RouteParams<RoutePath>,
      search: parseSearch(url.search),
    });
  }
  for (let pass = 1; ; pass += 1) {
    await settled(queryClient);
    const page = await render(queryClient, url.pathname, search);
    const waiting = queryClient.getQueryCache().getAll().filter(waitingForData);
    if (waiting.length === 0 || pass === MAX_PASSES) {
      const failed = queryClient
        .getQueryCache()
        .getAll()
        .filter((query) => query.state.status === 'error').length;
      return { ...page, state: dehydrate(queryClient), failed };
    }
    for (const query of waiting) void query.fetch().catch(() => undefined);
  }
}

async function settled(queryClient: QueryClient): Promise<void> {
  while (queryClient.isFetching() > 0) {
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

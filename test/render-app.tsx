/**
 * Renders the real app (router, routes, providers) at a URL, as a user would open it.
 * Each call gets a fresh QueryClient with retries off, so tests never share cached data and
 * a failing request shows its error at once; MSW (test/setup.ts) answers the HTTP.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAppRouter } from '@/app/router';
import { makeQueryClient } from '@/data/query-client';

// jsdom has no layout: scrolling does nothing there, and the router's scroll restoration and
// #fragment links would otherwise log 'not implemented' errors.
if (typeof Element.prototype.scrollIntoView !== 'function') {
  Element.prototype.scrollIntoView = () => undefined;
}
window.scrollTo = () => undefined;

export function createTestQueryClient(): QueryClient {
  return makeQueryClient({ retry: false });
}

export function renderApp(url = '/') {
  const queryClient = createTestQueryClient();
  const history = createMemoryHistory({ initialEntries: [url] });
  const router = createAppRouter(history, { queryClient });
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, user, router, history, queryClient };
}

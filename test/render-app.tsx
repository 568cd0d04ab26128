/**
 * Renders the real app (routes, providers) at a URL, as a user would open it.
 * Each call gets a fresh QueryClient with retries off, so tests never share cached data and
 * a failing request shows its error at once; MSW (test/setup.ts) answers the HTTP.
 * The app reads jsdom's own address bar (window.location and history), as it reads the browser's.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppRoutes } from '@/app/router';
import { makeQueryClient } from '@/data/query-client';
import { parseSearch, type SearchRecord } from '@/ui/navigation';

// jsdom has no layout: scrolling does nothing there, and scroll restoration and #fragment links
// would otherwise log 'not implemented' errors.
if (typeof Element.prototype.scrollIntoView !== 'function') {
  Element.prototype.scrollIntoView = () => undefined;
}
window.scrollTo = () => undefined;

export function createTestQueryClient(): QueryClient {
  return makeQueryClient({ retry: false });
}

/** Where the app is now: its path, its query as the app reads it, and the whole address. */
export function currentLocation(): { pathname: string; search: SearchRecord; href: string } {
  const { pathname, search, hash } = window.location;
  return { pathname, search: parseSearch(search), href: `${pathname}${search}${hash}` };
}

export function renderApp(url = '/') {
  window.history.replaceState(null, '', url);
  const queryClient = createTestQueryClient();
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <AppRoutes />
    </QueryClientProvider>,
  );
  return { ...result, user, queryClient };
}

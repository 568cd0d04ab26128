/**
 * Starts the app on the page (src/main.tsx imports this once the drawn first view is painted,
 * ADR 0095): hydrates a page rendered ahead of time (ADR 0086, 0092), or draws the page afresh.
 */
import { hydrate, QueryClientProvider, type DehydratedState } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { readPrerenderedState } from '@/lib/prerendered-state';
import { queryClient } from '@/app/query-client';
import { AppRoutes } from '@/app/router';
import { loadApiClient } from '@/data/api/client';
// Last, as when it was the entry's: the cascade puts it after the components' own stylesheets.
import '@/ui/styles/global.css';

/**
 * The prerendered data came from the same build as the static API it would otherwise be fetched
 * from, so it is as fresh as a fetch now: it counts from this page load, not from the build.
 */
function loadedNow(state: DehydratedState): DehydratedState {
  const now = Date.now();
  return {
    ...state,
    queries: state.queries.map((query) => ({
      ...query,
      state: { ...query.state, dataUpdatedAt: now },
    })),
  };
}

/**
 * Ends the task that evaluated the modules before the page's data is read: on a cold load that
 * evaluation is the page's longest task (about 80 ms of CPU), and parsing a large prerendered state
 * in it as well (1.3 MB on the 2008 authority view) pushed it past issue 13's 100 ms.
 */
const nextTask = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0);
  });

function start(root: HTMLElement, beforeDrawingAfresh: () => Promise<void>) {
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <AppRoutes />
      </QueryClientProvider>
    </StrictMode>
  );
  // A page rendered ahead of time (ADR 0086): its data first, then React takes over its markup.
  const prerendered = readPrerenderedState(document);
  if (prerendered) hydrate(queryClient, loadedNow(prerendered.queries));
  const here = `${window.location.pathname}${window.location.search}`;
  if (prerendered?.address === here && root.firstChild) {
    // In a transition, React hydrates in slices that yield to the browser (about 5 ms each) instead
    // of one task for the whole page: the page is already painted and readable, so a reader's
    // scroll or click, and the browser's own work, go first (issue 13: no task over 100 ms).
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    // Another address served this page's file (a query the build did not render): draw afresh,
    // which replaces the markup, with whatever of its data this address shares already in hand.
    // Its first fetch needs the API client, loaded with the first request otherwise (ADR 0087):
    // start on it now, beside the page's own code, rather than one round trip later.
    void loadApiClient().catch(() => undefined);
    void beforeDrawingAfresh().then(() => {
      createRoot(root).render(app);
    });
  }
}

/** `beforeDrawingAfresh`: the mock API in development (only src/main.tsx may start it). */
export async function startApp(
  root: HTMLElement,
  beforeDrawingAfresh: () => Promise<void>,
): Promise<void> {
  await nextTask();
  start(root, beforeDrawingAfresh);
}

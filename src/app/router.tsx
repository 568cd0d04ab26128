import { createRouter } from '@tanstack/react-router';
import type { RouterHistory } from '@tanstack/react-router';
import { queryClient } from './query-client';
import { adminRouteTree } from './routes/admin';
import { compareRoute } from './routes/compare';
import { dashboardRoute } from './routes/dashboard';
import { helpRoute } from './routes/help';
import { homeRoute } from './routes/home';
import { searchRoute } from './routes/search';
import { exceptionsRoute } from './routes/exceptions';
import { indicatorRoute } from './routes/indicator';
import { organisationRoute } from './routes/organisation';
import { rootRoute } from './routes/root';
import { approvalsRoute, myReturnsRoute } from './routes/returns';
import { signInRoute } from './routes/sign-in';
import type { RouterContext } from './routes/root';

export const routeTree = rootRoute.addChildren([
  homeRoute,
  dashboardRoute,
  exceptionsRoute,
  organisationRoute,
  indicatorRoute,
  compareRoute,
  searchRoute,
  helpRoute,
  signInRoute,
  myReturnsRoute,
  approvalsRoute,
  adminRouteTree,
]);

/** Tests pass a memory history and their own QueryClient; the app uses the browser's. */
export function createAppRouter(history?: RouterHistory, context: RouterContext = { queryClient }) {
  return createRouter({
    routeTree,
    context,
    ...(history ? { history } : {}),
    scrollRestoration: true,
    defaultPreload: 'intent',
    // Query caches the data; the router only needs to know the route is ready.
    defaultPreloadStaleTime: 0,
  });
}

export const router = createAppRouter();

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

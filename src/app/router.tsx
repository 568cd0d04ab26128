import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useMemo } from 'react';
import { parse as parsePattern } from 'regexparam';
import { matchRoute, Route, Switch, useSearch } from 'wouter';
import { NotFoundPage } from '@/features/shell/not-found-page';
import {
  applyScroll,
  listenForHistoryMoves,
  Navigate,
  NavigationContext,
  parseSearch,
  useCurrentSearch,
  usePathname,
  type RouteParams,
  type RoutePath,
} from '@/ui/navigation';
import { adminRoutes } from './routes/admin';
import { compareIndicatorRoute, compareRoute } from './routes/compare';
import { dashboardRoute, dashboardStructureRoute } from './routes/dashboard';
import { exceptionsRoute } from './routes/exceptions';
import { helpRoute } from './routes/help';
import { homeRoute } from './routes/home';
import { indicatorRoute } from './routes/indicator';
import { organisationRoute } from './routes/organisation';
import { approvalsRoute, myReturnsRoute } from './routes/returns';
import { RootLayout } from './routes/root';
import { searchRoute } from './routes/search';
import { signInRoute } from './routes/sign-in';
import type { AppRoute } from './route';

/** Every page of the app (ADR 0078). An address none of them matches is a page not found. */
export const routes: readonly AppRoute[] = [
  homeRoute,
  dashboardRoute,
  dashboardStructureRoute,
  exceptionsRoute,
  organisationRoute,
  indicatorRoute,
  compareRoute,
  compareIndicatorRoute,
  searchRoute,
  helpRoute,
  signInRoute,
  myReturnsRoute,
  approvalsRoute,
  ...adminRoutes,
] as AppRoute[];

/** `/indicators/$indicatorId` → wouter's `/indicators/:indicatorId`. */
const patternOf = (path: RoutePath) => path.replace(/\$/g, ':');

function decodeParams(params: Record<string, string | undefined>): Record<string, string> {
  const decoded: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && !/^\d+$/.test(name)) decoded[name] = decodeURIComponent(value);
  }
  return decoded;
}

/** The route an address's path leads to and its decoded `$names`, or undefined (not found). */
export function findRoute(
  pathname: string,
): { route: AppRoute; params: Record<string, string> } | undefined {
  for (const route of routes) {
    // wouter's own default parser, so this matches exactly what <Switch> below matches.
    const [matched, params] = matchRoute(parsePattern, patternOf(route.path), pathname);
    if (matched) return { route, params: decodeParams(params) };
  }
  return undefined;
}

/**
 * The one prefetch helper (issue 16): a page's code and its data, for the route an address leads
 * to. Used on entry to a page and by every link on intent (hover, focus, touch).
 */
export function prefetchRoute(
  queryClient: QueryClient,
  route: AppRoute,
  params: Record<string, string>,
  search: Record<string, unknown>,
): void {
  void route.page.preload().catch(() => undefined);
  if (route.redirect?.(search)) return;
  route.load?.({ queryClient, params: params as RouteParams<RoutePath>, search });
}

function RouteEntry({
  route,
  matched,
}: {
  route: AppRoute;
  matched: Record<string, string | undefined>;
}) {
  const queryClient = useQueryClient();
  // wouter keeps `matched` the same object while the address's names are unchanged.
  const params = useMemo(() => decodeParams(matched), [matched]);
  const search = useCurrentSearch();
  const redirect = route.redirect?.(search);
  useEffect(() => {
    if (!redirect) route.load?.({ queryClient, params: params as RouteParams<RoutePath>, search });
  }, [route, params, search, queryClient, redirect]);
  if (redirect) return <Navigate {...redirect} />;
  return <route.page.Page />;
}

/** Puts the window where the last navigation asked (top, a #fragment, or Back's position). */
function ScrollOnNavigate() {
  const pathname = usePathname();
  const search = useSearch();
  useEffect(() => listenForHistoryMoves(), []);
  useLayoutEffect(() => {
    applyScroll();
  }, [pathname, search]);
  return null;
}

export function AppRoutes() {
  const queryClient = useQueryClient();
  const prefetch = useCallback(
    (href: string) => {
      const url = new URL(href, window.location.href);
      const found = findRoute(url.pathname);
      if (found) prefetchRoute(queryClient, found.route, found.params, parseSearch(url.search));
    },
    [queryClient],
  );
  const navigation = useMemo(() => ({ prefetch }), [prefetch]);
  const pathname = usePathname();
  const pageKey = useMemo(() => {
    const route = findRoute(pathname)?.route;
    return route?.keepsPageAcrossParams ? route.path : pathname;
  }, [pathname]);
  return (
    <NavigationContext value={navigation}>
      <ScrollOnNavigate />
      <RootLayout pageKey={pageKey}>
        <Switch>
          {routes.map((route) => (
            <Route key={route.path} path={patternOf(route.path)}>
              {(matched) => <RouteEntry route={route} matched={matched} />}
            </Route>
          ))}
          <Route>
            <NotFoundPage />
          </Route>
        </Switch>
      </RootLayout>
    </NavigationContext>
  );
}

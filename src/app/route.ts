import type { QueryClient } from '@tanstack/react-query';
import { lazy, type ComponentType } from 'react';
import type { NavigateOptions, RouteParams, RoutePath, SearchRecord } from '@/ui/navigation';

/** A page's code, loaded when the page (or a link's intent) first asks for it. */
export interface LazyPage<Props extends object = object> {
  Page: ComponentType<Props>;
  preload: () => Promise<unknown>;
}

type PropsOf<C> = C extends ComponentType<infer Props extends object> ? Props : never;

/** `lazyPage(() => import('./dashboard-view'), 'DashboardView')`: one chunk per page, fetched once. */
export function lazyPage<Module, Name extends keyof Module>(
  load: () => Promise<Module>,
  name: Name,
): LazyPage<PropsOf<Module[Name]>> {
  type Page = ComponentType<PropsOf<Module[Name]>>;
  let loading: Promise<{ default: Page }> | undefined;
  const preload = () => (loading ??= load().then((module) => ({ default: module[name] as Page })));
  return { Page: lazy(preload), preload };
}

export interface RouteLoadContext<P extends RoutePath> {
  queryClient: QueryClient;
  params: RouteParams<P>;
  /** The raw query; a loader reads what it needs through the route's own search schema. */
  search: SearchRecord;
}

export interface AppRoute<P extends RoutePath = RoutePath> {
  path: P;
  page: LazyPage;
  /**
   * Starts fetching the page's data on entry and on a link's intent, not awaited: the page
   * appears at once with its skeletons and Query shares the requests.
   */
  load?: (context: RouteLoadContext<P>) => void;
  /** An old address that now lives elsewhere: where to send it instead (replacing the entry). */
  redirect?: (search: SearchRecord) => NavigateOptions<RoutePath> | undefined;
  /**
   * Set when the page stays mounted as only the path's `$names` change (`/compare/a` to
   * `/compare/b`) and draws the next into the same elements. Otherwise every new path starts a
   * fresh page, as a page's own state (a half-filled form) belongs to its address (ADR 0097).
   */
  keepsPageAcrossParams?: boolean;
}

/** Keeps each route's `path` and `load` typed together. */
export function defineRoute<P extends RoutePath>(route: AppRoute<P>): AppRoute<P> {
  return route;
}

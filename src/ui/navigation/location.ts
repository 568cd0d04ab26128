import { useMemo } from 'react';
import { useLocation, useParams, useSearch } from 'wouter';
import type { RouteParams, RoutePath } from './href';
import { parseSearch, type SearchRecord } from './search-string';

/** The path of the page shown, e.g. `/indicators/ni-111`. */
export function usePathname(): string {
  return useLocation()[0];
}

/** The address's query, read as TanStack Router wrote it (see search-string.ts); stable while it is unchanged. */
export function useCurrentSearch(): SearchRecord {
  const text = useSearch();
  return useMemo(() => parseSearch(text), [text]);
}

/** The whole address within the site (path, query, fragment): where to come back to. */
export function useHere(): string {
  const pathname = usePathname();
  const text = useSearch();
  // A page rendered ahead of time has no fragment (the browser never sends it).
  const hash = typeof window === 'undefined' ? '' : window.location.hash;
  return `${pathname}${text ? `?${text}` : ''}${hash}`;
}

/**
 * A route's query, checked by its own schema: `useRouteSearch(dashboardSearchSchema)`. Anything a
 * hand-edited address gets wrong is dropped by the schema's `.catch`, never thrown at the page.
 */
export function useRouteSearch<T>(schema: { parse: (input: unknown) => T }): T {
  const text = useSearch();
  return useMemo(() => schema.parse(parseSearch(text)), [schema, text]);
}

/** The `$names` of the page's address, decoded: `useRouteParams('/indicators/$indicatorId')`. */
export function useRouteParams<P extends RoutePath>(pattern: P): RouteParams<P> {
  const matched = useParams<Record<string, string | undefined>>();
  return useMemo(() => {
    const params: Record<string, string> = {};
    for (const [, name] of pattern.matchAll(/\$([A-Za-z]+)/g)) {
      if (name === undefined) continue;
      params[name] = decodeURIComponent(matched[name] ?? '');
    }
    return params as RouteParams<P>;
  }, [pattern, matched]);
}

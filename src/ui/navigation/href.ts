import { stringifySearch, type SearchRecord } from './search-string';

/** Every page's address pattern; `$name` is a part of the path that names something. */
export type RoutePath =
  | '/'
  | '/dashboard'
  | '/dashboard/$structureId'
  | '/exceptions'
  | '/organisation/$structureId/$nodeId'
  | '/indicators/$indicatorId'
  | '/compare'
  | '/compare/$indicatorId'
  | '/search'
  | '/help'
  | '/sign-in'
  | '/returns'
  | '/returns/approvals'
  | '/admin'
  | '/admin/people'
  | '/admin/audit'
  | '/admin/settings'
  | '/admin/indicators'
  | '/admin/indicators/$indicatorId';

/** `'/organisation/$structureId/$nodeId'` → `'structureId' | 'nodeId'`. */
export type ParamNames<P extends string> = P extends `${string}$${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}$${infer Name}`
    ? Name
    : never;

export type RouteParams<P extends string> = Record<ParamNames<P>, string>;

/** A place in the app: a page pattern with its names filled in, a query and a fragment. */
export type Destination<P extends RoutePath = RoutePath> = P extends RoutePath
  ? {
      to: P;
      /** The query, or a change to the current one. Left out: no query. */
      search?: SearchChange;
      hash?: string;
    } & ([ParamNames<P>] extends [never] ? { params?: undefined } : { params: RouteParams<P> })
  : never;

/** Fills a pattern's `$names` (encoded), e.g. `/indicators/$indicatorId` → `/indicators/ni-111`. */
export function fillPath(pattern: string, params: Record<string, string> | undefined): string {
  return pattern.replace(/\$([A-Za-z]+)/g, (_, name: string) =>
    encodeURIComponent(params?.[name] ?? ''),
  );
}

export type SearchChange = SearchRecord | ((current: SearchRecord) => SearchRecord);

/** `?query#hash` for a query (or a change to the current one) and a fragment. */
export function queryAndHash(
  search: SearchChange | undefined,
  hash: string | undefined,
  currentSearch: SearchRecord,
): string {
  const query = typeof search === 'function' ? search(currentSearch) : (search ?? {});
  return `${stringifySearch(query)}${hash ? `#${hash}` : ''}`;
}

export function buildHref(destination: Destination, currentSearch: SearchRecord): string {
  const { to, params, search, hash } = destination;
  return fillPath(to, params) + queryAndHash(search, hash, currentSearch);
}

/**
 * Moving between the app's pages (ADR 0078): links, navigation, the address's query and names.
 * Features import this, never the router library, so the choice of router stays in one place.
 */
export { Link, type ActiveOptions, type LinkProps } from './link';
export {
  buildHref,
  fillPath,
  type Destination,
  type ParamNames,
  type RouteParams,
  type RoutePath,
} from './href';
export { useCurrentSearch, useHere, usePathname, useRouteParams, useRouteSearch } from './location';
export { hrefFrom, Navigate, useNavigate, type NavigateOptions } from './navigate';
export { NavigationContext, type Navigation } from './navigation-context';
export { applyScroll, listenForHistoryMoves } from './scroll';
export { parseSearch, stringifySearch, type SearchRecord } from './search-string';
export { isoDateParam } from './date-param';
export {
  frameworkParam,
  indicatorKindParam,
  matchingParam,
  oneOfParam,
  periodParam,
  profilesParam,
  ragStatusParam,
  searchSchema,
  textListParam,
  textParam,
  trimmedTextParam,
  wholeNumberParam,
  type Param,
  type SearchOf,
  type SearchSchema,
} from './search-params';

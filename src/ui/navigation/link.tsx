import { useEffect, useRef, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { buildHref, fillPath, type Destination, type RoutePath } from './href';
import { useCurrentSearch, usePathname } from './location';
import { useGo } from './navigate';
import { usePrefetchRoute } from './navigation-context';
import type { SearchRecord } from './search-string';

/** How long a pointer must rest on a link before its page starts loading (passing over is not intent). */
export const HOVER_INTENT_MS = 50;

export interface ActiveOptions {
  /** Active only on this very path, not on pages under it. */
  exact?: boolean;
  /** Also require the link's query to be in the current one (default true). */
  includeSearch?: boolean;
}

export type LinkProps<P extends RoutePath> = Destination<P> &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
    replace?: boolean;
    resetScroll?: boolean;
    activeOptions?: ActiveOptions;
  };

function isSubset(wanted: SearchRecord, current: SearchRecord): boolean {
  return Object.entries(wanted).every(
    ([key, value]) => value === undefined || JSON.stringify(current[key]) === JSON.stringify(value),
  );
}

function isActive(
  pathname: string,
  target: string,
  wanted: SearchRecord,
  current: SearchRecord,
  { exact = false, includeSearch = true }: ActiveOptions,
): boolean {
  const onPath = exact
    ? pathname === target
    : target === '/'
      ? pathname === '/'
      : pathname === target || pathname.startsWith(`${target}/`);
  return onPath && (!includeSearch || isSubset(wanted, current));
}

const opensElsewhere = (event: MouseEvent<HTMLAnchorElement>) =>
  event.button !== 0 ||
  event.metaKey ||
  event.ctrlKey ||
  event.shiftKey ||
  event.altKey ||
  event.currentTarget.target === '_blank';

/**
 * A link to a page of the app: a real `<a href>` (opens in a new tab, can be copied), navigated in
 * place on a plain click. It marks itself `aria-current="page"` when it is the page shown, and on
 * intent (a resting pointer, focus, a touch) starts loading the page it leads to.
 */
export function Link<P extends RoutePath>(props: LinkProps<P>) {
  const {
    to,
    params,
    search,
    hash,
    replace,
    resetScroll,
    activeOptions = {},
    className,
    onClick,
    onMouseEnter,
    onMouseLeave,
    onFocus,
    onTouchStart,
    children,
    ...anchor
  } = props;
  const pathname = usePathname();
  const currentSearch = useCurrentSearch();
  const go = useGo();
  const prefetchRoute = usePrefetchRoute();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
    },
    [],
  );

  const href = buildHref({ to, params, search, hash } as Destination, currentSearch);
  const wanted = typeof search === 'function' ? search(currentSearch) : (search ?? {});
  const active = isActive(pathname, fillPath(to, params), wanted, currentSearch, activeOptions);
  const prefetchNow = () => {
    clearTimeout(timer.current);
    prefetchRoute(href);
  };

  return (
    <a
      aria-current={active ? 'page' : undefined}
      data-status={active ? 'active' : undefined}
      {...anchor}
      href={href}
      className={[className, active ? 'active' : undefined].filter(Boolean).join(' ') || undefined}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || opensElsewhere(event)) return;
        event.preventDefault();
        go(href, { replace, resetScroll });
      }}
      onMouseEnter={(event) => {
        onMouseEnter?.(event);
        clearTimeout(timer.current);
        timer.current = setTimeout(prefetchNow, HOVER_INTENT_MS);
      }}
      onMouseLeave={(event) => {
        onMouseLeave?.(event);
        clearTimeout(timer.current);
      }}
      onFocus={(event) => {
        onFocus?.(event);
        prefetchNow();
      }}
      onTouchStart={(event) => {
        onTouchStart?.(event);
        prefetchNow();
      }}
    >
      {children}
    </a>
  );
}

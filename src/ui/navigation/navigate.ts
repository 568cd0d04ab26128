import { useCallback, useLayoutEffect } from 'react';
import { useLocation } from 'wouter';
import {
  buildHref,
  queryAndHash,
  type Destination,
  type RoutePath,
  type SearchChange,
} from './href';
import { expectScroll, newEntryState, rememberScroll } from './scroll';
import { parseSearch } from './search-string';

interface HowToGo {
  /** Replace the current history entry (filter changes that Back should skip). */
  replace?: boolean;
  /** `false` keeps the scroll position (a fold opened in a long list). */
  resetScroll?: boolean;
}

/** Somewhere in the app, or (with `to` left out) this page with another query or fragment. */
export type NavigateOptions<P extends RoutePath> = HowToGo &
  (
    | Destination<P>
    | {
        to?: undefined;
        params?: undefined;
        search?: SearchChange;
        hash?: string;
      }
    /** An address already built, such as `?from=` after signing in. */
    | { href: string; to?: undefined }
  );

/** Where `options` goes from the address `pathname` + `search` (also on the server, ADR 0092). */
export function hrefFrom(
  options: NavigateOptions<RoutePath>,
  pathname: string,
  search: string,
): string {
  if ('href' in options) return options.href;
  const currentSearch = parseSearch(search);
  if (options.to === undefined) {
    return pathname + queryAndHash(options.search, options.hash, currentSearch);
  }
  return buildHref(options, currentSearch);
}

const hrefFor = (options: NavigateOptions<RoutePath>) =>
  hrefFrom(options, window.location.pathname, window.location.search);

/** Goes to `href`, remembering where this entry was scrolled to for Back. */
function useGo() {
  const [, navigateTo] = useLocation();
  return useCallback(
    (href: string, { replace = false, resetScroll = true }: HowToGo = {}) => {
      rememberScroll();
      const hash = href.includes('#') ? decodeURIComponent(href.slice(href.indexOf('#') + 1)) : '';
      expectScroll(
        hash ? { kind: 'hash', id: hash } : resetScroll ? { kind: 'top' } : { kind: 'keep' },
      );
      navigateTo(href, { replace, state: newEntryState() });
    },
    [navigateTo],
  );
}

export type Navigate = <P extends RoutePath>(options: NavigateOptions<P>) => void;

/** `const navigate = useNavigate(); navigate({ search: (current) => ({ ...current, q }) })`. */
export function useNavigate(): Navigate {
  const go = useGo();
  return useCallback(
    (options) => {
      go(hrefFor(options), options);
    },
    [go],
  );
}

export { useGo };

/** Sends the reader on at once, replacing this entry (an old address, a section's first page). */
export function Navigate<P extends RoutePath>(props: NavigateOptions<P>) {
  const navigate = useNavigate();
  useLayoutEffect(() => {
    navigate({ ...props, replace: true });
    // Once, on arrival: the props describe where this address goes, not state to follow.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}

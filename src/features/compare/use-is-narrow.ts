import { useSyncExternalStore } from 'react';
import { mediaQuery } from '@/ui/styles/breakpoints';

/** The same width at which the stylesheets switch to their phone layout. */
const QUERY = mediaQuery('narrow');

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function')
    return () => undefined;
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => {
    list.removeEventListener('change', onChange);
  };
}

function snapshot(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia(QUERY).matches
  );
}

/** True on phone-width screens, where a chart gives its axis labels less room. */
export function useIsNarrow(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}

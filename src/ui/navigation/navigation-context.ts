import { createContext, useContext } from 'react';

/**
 * What the app lends every link: how to start loading a page (its code and its data) before it is
 * opened. Provided by src/app, which knows the routes; links call it on intent.
 */
export interface Navigation {
  prefetch: (href: string) => void;
}

export const NavigationContext = createContext<Navigation>({ prefetch: () => undefined });

export function usePrefetchRoute(): (href: string) => void {
  return useContext(NavigationContext).prefetch;
}

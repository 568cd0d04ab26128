/**
 * Prefetch on intent: an indicator link starts loading its detail when the pointer rests on it or
 * it receives keyboard focus, so the indicator page usually opens with its data already there.
 * A pointer that only passes over a long table fetches nothing (the hover must last HOVER_INTENT_MS),
 * and data already in the cache and fresh is not asked for again.
 */
import {
  noop,
  useQueryClient,
  type QueryClient,
  type QueryExecuteOptions,
  type QueryKey,
} from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { indicatorDetailQuery } from './queries';

export const HOVER_INTENT_MS = 100;

/**
 * Starts loading a query without waiting for it. A prefetch that fails is not an error: the page
 * asks again and shows the problem itself. Data in the cache and still fresh is not asked for again.
 * Route loaders and indicator links both prefetch through this.
 */
export function prefetch<TData, TKey extends QueryKey>(
  queryClient: QueryClient,
  options: QueryExecuteOptions<TData, Error, TData, TData, TKey>,
): void {
  queryClient.query(options).catch(noop);
}

export interface PrefetchHandlers {
  onMouseEnter: () => void;
  onMouseLeave: () => void;
  onFocus: () => void;
  onTouchStart: () => void;
}

/**
 * `const prefetch = usePrefetchIndicator();` then `<Link {...prefetch(row.indicator.id)} …>`.
 * `area` is the area the link's page shows (the authority when left out).
 */
export function usePrefetchIndicator(area?: string): (indicatorId: string) => PrefetchHandlers {
  const queryClient = useQueryClient();
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
    };
  }, []);

  return useCallback(
    (indicatorId: string) => {
      const cancel = () => {
        const timer = timers.current.get(indicatorId);
        if (timer !== undefined) clearTimeout(timer);
        timers.current.delete(indicatorId);
      };
      const now = () => {
        cancel();
        prefetch(queryClient, indicatorDetailQuery(indicatorId, area));
      };
      return {
        onMouseEnter: () => {
          cancel();
          timers.current.set(indicatorId, setTimeout(now, HOVER_INTENT_MS));
        },
        onMouseLeave: cancel,
        onFocus: now,
        onTouchStart: now,
      };
    },
    [queryClient, area],
  );
}

import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { prefetch } from '@/data/api/prefetch';
import { comparableIndicatorsQuery, comparisonQuery, manifestQuery } from '@/data/api/queries';
import { compareSearchSchema } from '@/features/compare/compare-search';
import { rootRoute } from './root';

/** Lazy, so Recharts loads only with the pages that draw charts. */
export const compareRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/compare',
  validateSearch: compareSearchSchema,
  loaderDeps: ({ search }) => ({ indicator: search.indicator }),
  // Prefetch on hover and route entry without blocking: the page shows its skeleton meanwhile.
  loader: ({ context: { queryClient }, deps }) => {
    prefetch(queryClient, manifestQuery());
    prefetch(queryClient, comparableIndicatorsQuery());
    if (deps.indicator !== undefined) prefetch(queryClient, comparisonQuery(deps.indicator));
  },
  component: lazyRouteComponent(() => import('./compare-view'), 'CompareView'),
});

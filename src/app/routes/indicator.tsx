import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { prefetch } from '@/data/api/prefetch';
import { indicatorDetailQuery, manifestQuery, organisationQuery } from '@/data/api/queries';
import { indicatorSearchSchema } from '@/features/indicator/indicator-search';
import { rootRoute } from './root';

/** Lazy, so Recharts loads only with the pages that draw charts. */
export const indicatorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/indicators/$indicatorId',
  validateSearch: indicatorSearchSchema,
  loaderDeps: ({ search }) => ({ area: search.area }),
  // Prefetch on hover and route entry without blocking: the page shows its skeleton meanwhile.
  loader: ({ context: { queryClient }, params, deps }) => {
    prefetch(queryClient, indicatorDetailQuery(params.indicatorId, deps.area));
    prefetch(queryClient, manifestQuery());
    prefetch(queryClient, organisationQuery());
  },
  component: lazyRouteComponent(() => import('./indicator-view'), 'IndicatorView'),
});

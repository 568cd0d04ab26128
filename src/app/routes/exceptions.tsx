import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { prefetch } from '@/data/api/prefetch';
import { manifestQuery, organisationQuery } from '@/data/api/queries';
import { exceptionsSearchSchema } from '@/features/dashboard/dashboard-search';
import { rootRoute } from './root';

export const exceptionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/exceptions',
  validateSearch: exceptionsSearchSchema,
  // Prefetch on hover and route entry without blocking: the page shows its skeleton meanwhile.
  loader: ({ context: { queryClient } }) => {
    prefetch(queryClient, manifestQuery());
    prefetch(queryClient, organisationQuery());
  },
  component: lazyRouteComponent(() => import('./exceptions-view'), 'ExceptionsView'),
});

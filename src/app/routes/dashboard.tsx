import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { prefetch } from '@/data/api/prefetch';
import { manifestQuery, organisationQuery } from '@/data/api/queries';
import { dashboardSearchSchema } from '@/features/dashboard/dashboard-search';
import { rootRoute } from './root';

export const dashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dashboard',
  validateSearch: dashboardSearchSchema,
  // Start fetching while the page's code loads (and on hover of a link to it); not awaited, so the
  // page appears at once with its skeletons.
  loader: ({ context: { queryClient } }) => {
    prefetch(queryClient, manifestQuery());
    prefetch(queryClient, organisationQuery());
  },
  component: lazyRouteComponent(() => import('./dashboard-view'), 'DashboardView'),
});

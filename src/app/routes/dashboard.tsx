import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { manifestQuery, organisationQuery } from '@/data/api/queries';
import { dashboardSearchSchema } from '@/features/dashboard/dashboard-search';
import { rootRoute } from './root';

// A prefetch that fails is not an error: the page asks again and shows the problem itself.
const ignore = () => undefined;

export const dashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dashboard',
  validateSearch: dashboardSearchSchema,
  // Start fetching while the page's code loads (and on hover of a link to it); not awaited, so the
  // page appears at once with its skeletons.
  loader: ({ context }) => {
    context.queryClient.query(manifestQuery()).catch(ignore);
    context.queryClient.query(organisationQuery()).catch(ignore);
  },
  component: lazyRouteComponent(() => import('./dashboard-view'), 'DashboardView'),
});

import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { organisationQuery } from '@/data/api/queries';
import { exceptionsSearchSchema } from '@/features/dashboard/dashboard-search';
import { rootRoute } from './root';

// A prefetch that fails is not an error: the page asks again and shows the problem itself.
const ignore = () => undefined;

export const exceptionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/exceptions',
  validateSearch: exceptionsSearchSchema,
  loader: ({ context }) => {
    context.queryClient.query(organisationQuery()).catch(ignore);
  },
  component: lazyRouteComponent(() => import('./exceptions-view'), 'ExceptionsView'),
});

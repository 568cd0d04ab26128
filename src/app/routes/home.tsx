import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { manifestQuery, organisationQuery } from '@/data/api/queries';
import { dashboardSearchSchema } from '@/features/dashboard/dashboard-search';
import { rootRoute } from './root';

// A prefetch that fails is not an error: the page asks again and shows the problem itself.
const ignore = () => undefined;

/**
 * The authority overview. The dashboard lived at `/` before it, so an old permalink with
 * dashboard filters (`/?structure=kcc-2008&status=red`) is sent on to `/dashboard` with them.
 */
export const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: dashboardSearchSchema,
  beforeLoad: ({ search }) => {
    // JSON drops the filters a bad address left undefined, so only real ones send the user on;
    // the choice of target profiles belongs to the overview too, so it alone does not.
    const { profiles, ...filters } = search;
    if (JSON.stringify(filters) !== '{}') {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router's redirect is thrown by design
      throw redirect({ to: '/dashboard', search: { ...filters, profiles }, replace: true });
    }
  },
  loader: ({ context }) => {
    context.queryClient.query(manifestQuery()).catch(ignore);
    context.queryClient.query(organisationQuery()).catch(ignore);
  },
  component: lazyRouteComponent(() => import('@/features/home/home-page'), 'HomePage'),
});

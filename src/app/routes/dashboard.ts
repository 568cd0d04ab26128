import { prefetch } from '@/data/api/prefetch';
import { manifestQuery, organisationQuery } from '@/data/api/queries';
import { dashboardSearchSchema } from '@/features/dashboard/dashboard-search';
import { dashboardAddress } from '@/ui/dashboard-address';
import { defineRoute, lazyPage, type RouteLoadContext } from '../route';

function loadDashboard({ queryClient }: Pick<RouteLoadContext<'/dashboard'>, 'queryClient'>) {
  prefetch(queryClient, manifestQuery());
  prefetch(queryClient, organisationQuery());
}

/**
 * The default structure's view. A view of another structure lives at `/dashboard/<structure>`
 * (ADR 0091), so the old form `/dashboard?structure=kcc-2008&status=red` is sent on there.
 */
export const dashboardRoute = defineRoute({
  path: '/dashboard',
  redirect: (search) => {
    const { structure } = dashboardSearchSchema.parse(search);
    return structure === undefined ? undefined : dashboardAddress({ ...search, structure });
  },
  load: loadDashboard,
  page: lazyPage(() => import('./dashboard-view'), 'DashboardView'),
});

/** One structure's view, `/dashboard/kcc-2008`: a page of its own, prerendered by the build. */
export const dashboardStructureRoute = defineRoute({
  path: '/dashboard/$structureId',
  load: loadDashboard,
  page: lazyPage(() => import('./dashboard-view'), 'DashboardStructureView'),
});

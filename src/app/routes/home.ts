import { prefetch } from '@/data/api/prefetch';
import { manifestQuery, organisationQuery } from '@/data/api/queries';
import { dashboardSearchSchema } from '@/features/dashboard/dashboard-search';
import { dashboardAddress } from '@/ui/dashboard-address';
import { defineRoute, lazyPage } from '../route';

/**
 * The authority overview. The dashboard lived at `/` before it, so an old permalink with
 * dashboard filters (`/?structure=kcc-2008&status=red`) is sent on to the dashboard with them
 * (`/dashboard/kcc-2008?status=red`, ADR 0091).
 */
export const homeRoute = defineRoute({
  path: '/',
  redirect: (search) => {
    // JSON drops the filters a bad address left undefined, so only real ones send the user on;
    // the choice of target profiles belongs to the overview too, so it alone does not.
    const { profiles, ...filters } = dashboardSearchSchema.parse(search);
    if (JSON.stringify(filters) === '{}') return undefined;
    return dashboardAddress({ ...filters, profiles });
  },
  load: ({ queryClient }) => {
    prefetch(queryClient, manifestQuery());
    prefetch(queryClient, organisationQuery());
  },
  page: lazyPage(() => import('@/features/home/home-page'), 'HomePage'),
});

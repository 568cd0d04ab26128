import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { prefetch } from '@/data/api/prefetch';
import { manifestQuery, organisationQuery, scorecardQuery } from '@/data/api/queries';
import { organisationSearchSchema } from '@/features/organisation/organisation-search';
import { rootRoute } from './root';

export const organisationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organisation/$structureId/$nodeId',
  validateSearch: organisationSearchSchema,
  loaderDeps: ({ search }) => ({ period: search.period, profiles: search.profiles }),
  // Prefetch on hover and route entry without blocking: the page shows its skeleton meanwhile.
  loader: ({ context: { queryClient }, params, deps }) => {
    prefetch(
      queryClient,
      scorecardQuery(params.structureId, params.nodeId, deps.period, deps.profiles),
    );
    prefetch(queryClient, organisationQuery());
    prefetch(queryClient, manifestQuery());
  },
  component: lazyRouteComponent(() => import('./organisation-view'), 'OrganisationView'),
});

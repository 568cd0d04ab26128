import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { organisationQuery, scorecardQuery } from '@/data/api/queries';
import { organisationSearchSchema } from '@/features/organisation/organisation-search';
import { rootRoute } from './root';

// A prefetch that fails is not an error: the page asks again and shows the problem itself.
const ignore = () => undefined;

export const organisationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organisation/$structureId/$nodeId',
  validateSearch: organisationSearchSchema,
  loaderDeps: ({ search }) => ({ period: search.period }),
  // Prefetch on hover and route entry without blocking: the page shows its skeleton meanwhile.
  loader: ({ context, params, deps }) => {
    context.queryClient
      .query(scorecardQuery(params.structureId, params.nodeId, deps.period))
      .catch(ignore);
    context.queryClient.query(organisationQuery()).catch(ignore);
  },
  component: lazyRouteComponent(() => import('./organisation-view'), 'OrganisationView'),
});

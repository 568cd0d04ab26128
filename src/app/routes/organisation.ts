import { prefetch } from '@/data/api/prefetch';
import { manifestQuery, organisationQuery, scorecardQuery } from '@/data/api/queries';
import { organisationSearchSchema } from '@/features/organisation/organisation-search';
import { defineRoute, lazyPage } from '../route';

export const organisationRoute = defineRoute({
  path: '/organisation/$structureId/$nodeId',
  load: ({ queryClient, params, search }) => {
    const { period, profiles } = organisationSearchSchema.parse(search);
    prefetch(queryClient, scorecardQuery(params.structureId, params.nodeId, period, profiles));
    prefetch(queryClient, organisationQuery());
    prefetch(queryClient, manifestQuery());
  },
  page: lazyPage(() => import('./organisation-view'), 'OrganisationView'),
});

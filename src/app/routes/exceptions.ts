import { prefetch } from '@/data/api/prefetch';
import { manifestQuery, organisationQuery } from '@/data/api/queries';
import { defineRoute, lazyPage } from '../route';

export const exceptionsRoute = defineRoute({
  path: '/exceptions',
  load: ({ queryClient }) => {
    prefetch(queryClient, manifestQuery());
    prefetch(queryClient, organisationQuery());
  },
  page: lazyPage(() => import('./exceptions-view'), 'ExceptionsView'),
});

import { prefetch } from '@/data/api/prefetch';
import { indicatorDetailQuery, manifestQuery, organisationQuery } from '@/data/api/queries';
import { indicatorSearchSchema } from '@/features/indicator/indicator-search';
import { defineRoute, lazyPage } from '../route';

/** Lazy, so the chart code loads only with the pages that draw charts. */
export const indicatorRoute = defineRoute({
  path: '/indicators/$indicatorId',
  load: ({ queryClient, params, search }) => {
    const { area } = indicatorSearchSchema.parse(search);
    prefetch(queryClient, indicatorDetailQuery(params.indicatorId, area));
    prefetch(queryClient, manifestQuery());
    prefetch(queryClient, organisationQuery());
  },
  page: lazyPage(() => import('./indicator-view'), 'IndicatorView'),
});

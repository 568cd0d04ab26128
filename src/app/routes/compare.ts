import { prefetch } from '@/data/api/prefetch';
import { comparableIndicatorsQuery, comparisonQuery, manifestQuery } from '@/data/api/queries';
import { compareSearchSchema } from '@/features/compare/compare-search';
import { defineRoute, lazyPage } from '../route';

/** Lazy, so the chart code loads only with the pages that draw charts. */
export const compareRoute = defineRoute({
  path: '/compare',
  load: ({ queryClient, search }) => {
    prefetch(queryClient, manifestQuery());
    prefetch(queryClient, comparableIndicatorsQuery());
    const { indicator } = compareSearchSchema.parse(search);
    if (indicator !== undefined) prefetch(queryClient, comparisonQuery(indicator));
  },
  page: lazyPage(() => import('./compare-view'), 'CompareView'),
});

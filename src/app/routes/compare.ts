import { prefetch } from '@/data/api/prefetch';
import { comparableIndicatorsQuery, comparisonQuery, manifestQuery } from '@/data/api/queries';
import { compareSearchSchema } from '@/features/compare/compare-search';
import { compareAddress } from '@/ui/compare-address';
import { defineRoute, lazyPage, type RouteLoadContext } from '../route';

function loadCompare(
  { queryClient }: Pick<RouteLoadContext<'/compare'>, 'queryClient'>,
  indicator: string | undefined,
) {
  prefetch(queryClient, manifestQuery());
  prefetch(queryClient, comparableIndicatorsQuery());
  if (indicator !== undefined) prefetch(queryClient, comparisonQuery(indicator));
}

/**
 * The page before an indicator is chosen. A comparison lives at `/compare/<indicator>` (ADR
 * 0093), so the old form `/compare?indicator=bvpi-178&group=…` is sent on there. Lazy, so the
 * chart code loads only with the pages that draw charts.
 */
export const compareRoute = defineRoute({
  path: '/compare',
  redirect: (search) => {
    const { indicator } = compareSearchSchema.parse(search);
    return indicator === undefined ? undefined : compareAddress({ ...search, indicator });
  },
  load: (context) => {
    loadCompare(context, undefined);
  },
  page: lazyPage(() => import('./compare-view'), 'CompareView'),
});

/**
 * One indicator's comparison, `/compare/bvpi-178`: a page of its own, prerendered by the build.
 * Choosing the next indicator keeps the page (picker, controls, table) and redraws its figures.
 */
export const compareIndicatorRoute = defineRoute({
  path: '/compare/$indicatorId',
  keepsPageAcrossParams: true,
  load: (context) => {
    loadCompare(context, context.params.indicatorId);
  },
  page: lazyPage(() => import('./compare-view'), 'CompareIndicatorView'),
});

import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { indicatorSearchSchema } from '@/features/indicator/indicator-search';
import { rootRoute } from './root';

/** Lazy, so the chart code loads only with the pages that draw charts. */
export const indicatorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/indicators/$indicatorId',
  validateSearch: indicatorSearchSchema,
  component: lazyRouteComponent(
    () => import('@/features/indicator/indicator-page'),
    'IndicatorPage',
  ),
});

import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { compareSearchSchema } from '@/features/compare/compare-search';
import { rootRoute } from './root';

/** Lazy, so the chart code loads only with the pages that draw charts. */
export const compareRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/compare',
  validateSearch: compareSearchSchema,
  component: lazyRouteComponent(() => import('@/features/compare/compare-page'), 'ComparePage'),
});

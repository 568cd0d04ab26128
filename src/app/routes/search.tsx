import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { siteSearchSchema } from '@/features/search/search-search';
import { rootRoute } from './root';

export const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/search',
  validateSearch: siteSearchSchema,
  component: lazyRouteComponent(() => import('./search-view'), 'SearchView'),
});

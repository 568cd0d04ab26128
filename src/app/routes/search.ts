import { defineRoute, lazyPage } from '../route';

export const searchRoute = defineRoute({
  path: '/search',
  page: lazyPage(() => import('./search-view'), 'SearchView'),
});

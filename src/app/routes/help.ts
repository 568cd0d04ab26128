import { defineRoute, lazyPage } from '../route';

export const helpRoute = defineRoute({
  path: '/help',
  page: lazyPage(() => import('@/features/help/help-page'), 'HelpPage'),
});

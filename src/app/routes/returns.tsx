import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { returnsSearchSchema } from '@/features/returns/returns-search';
import { rootRoute } from './root';

export const myReturnsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/returns',
  validateSearch: returnsSearchSchema,
  component: lazyRouteComponent(() => import('./returns-view'), 'MyReturnsView'),
});

export const approvalsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/returns/approvals',
  validateSearch: returnsSearchSchema,
  component: lazyRouteComponent(() => import('./returns-view'), 'ApprovalsView'),
});

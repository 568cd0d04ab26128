import { defineRoute, lazyPage } from '../route';

export const myReturnsRoute = defineRoute({
  path: '/returns',
  page: lazyPage(() => import('./returns-view'), 'MyReturnsView'),
});

export const approvalsRoute = defineRoute({
  path: '/returns/approvals',
  page: lazyPage(() => import('./returns-view'), 'ApprovalsView'),
});

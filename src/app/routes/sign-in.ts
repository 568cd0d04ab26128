import { defineRoute, lazyPage } from '../route';

export const signInRoute = defineRoute({
  path: '/sign-in',
  page: lazyPage(() => import('@/features/session/sign-in-page'), 'SignInPage'),
});

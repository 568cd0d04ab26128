import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { signInSearchSchema } from '@/features/session/return-to';
import { rootRoute } from './root';

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: signInSearchSchema,
  component: lazyRouteComponent(() => import('@/features/session/sign-in-page'), 'SignInPage'),
});

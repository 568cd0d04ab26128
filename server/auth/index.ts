/**
 * The accounts layer as one Hono app to mount in front of the API: it resolves the actor,
 * guards writes against CSRF, and serves /auth/* and /admin/*.
 */
import { Hono } from 'hono';
import { adminRoutes } from './admin-routes';
import { csrfProtection, sessionMiddleware, type AuthDeps, type AuthEnv } from './middleware';
import { authRoutes, makeSignInLimiters, type SignInLimiters } from './routes';

export type { Actor, AuthConfig, AuthDeps, AuthEnv } from './middleware';
export { requireAdministrator, requireSignedIn } from './middleware';

export function accountsApp(deps: AuthDeps, limiters: SignInLimiters = makeSignInLimiters()) {
  const app = new Hono<AuthEnv>();
  app.use('*', sessionMiddleware(deps));
  app.use('*', csrfProtection(deps));
  app.route('/', authRoutes(deps, limiters));
  app.route('/', adminRoutes(deps));
  return app;
}

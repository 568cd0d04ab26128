/**
 * The accounts layer: resolves the actor, guards writes against CSRF, and serves /auth/* and
 * /admin/*. `accountsApp` stands alone (tests); `accountsPlugin` (plugin.ts) mounts it in the server.
 */
import { Hono } from 'hono';
import { adminRoutes } from './admin-routes';
import { csrfProtection, sessionMiddleware, type AuthDeps, type AuthEnv } from './middleware';
import { authRoutes, makeSignInLimiters, type SignInLimiters } from './routes';

export type { Actor, AuthConfig, AuthDeps, AuthEnv } from './middleware';
export { requireAdministrator, requireSignedIn } from './middleware';

/** The routes alone, for mounting behind the middleware. */
export function accountRoutes(deps: AuthDeps, limiters: SignInLimiters = makeSignInLimiters()) {
  const app = new Hono<AuthEnv>();
  app.route('/', authRoutes(deps, limiters));
  app.route('/', adminRoutes(deps));
  return app;
}

export function accountsApp(deps: AuthDeps, limiters: SignInLimiters = makeSignInLimiters()) {
  const app = new Hono<AuthEnv>();
  app.use('*', sessionMiddleware(deps));
  app.use('*', csrfProtection(deps));
  app.route('/', accountRoutes(deps, limiters));
  return app;
}

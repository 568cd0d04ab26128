/**
 * /auth/sign-in, /auth/sign-out, /auth/me. This file only wires paths to the handlers
 * (sign-in-handler.ts, session-handlers.ts).
 */
import { Hono } from 'hono';
import type { AuthDeps, AuthEnv } from './middleware';
import { signOutHandler, whoAmIHandler } from './session-handlers';
import { makeSignInLimiters, signInHandler, type SignInLimiters } from './sign-in-handler';

export { makeSignInLimiters, type SignInLimiters } from './sign-in-handler';

export function authRoutes(deps: AuthDeps, limiters: SignInLimiters = makeSignInLimiters()) {
  const app = new Hono<AuthEnv>();
  app.post('/auth/sign-in', (c) => signInHandler(c, deps, limiters));
  app.post('/auth/sign-out', (c) => signOutHandler(c, deps));
  app.get('/auth/me', (c) => whoAmIHandler(c));
  return app;
}

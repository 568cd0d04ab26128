/**
 * Puts the accounts layer into the Ragstone server (server/http/app.ts `plugins` and `getActor`):
 * sessions and CSRF on every /api request, /api/auth/* and /api/admin/*, and the role check on
 * direct figure writes, which publish at once and so are for approvers of the indicator's units.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { canApprove, forbiddenReason } from '@/domain/roles';
import type { ActorSource } from '../http/actor';
import type { RagstoneService } from '../service';
import type { AccountsDatabase } from './db';
import { indicatorAdminRoutes } from './indicator-admin-routes';
import { accountRoutes } from './index';
import {
  csrfProtection,
  sessionMiddleware,
  type Actor,
  type AuthConfig,
  type AuthDeps,
} from './middleware';
import { batchRoutes } from './batch-routes';
import { benchmarkImportsRoutes } from './benchmark-imports-routes';
import { returnsRoutes } from './returns-routes';
import { SessionStore } from './sessions';
import { publicReadEnabled } from './settings';

export interface AccountsPluginOptions {
  db: AccountsDatabase;
  service: RagstoneService;
  config: AuthConfig;
}

function peerAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? '';
  } catch {
    return 'local'; // app.request() in tests has no socket
  }
}

/** The client's address for the audit log: the proxy's X-Forwarded-For only from the proxy itself. */
export function addressFor(config: AuthConfig) {
  return (c: Context): string => {
    const peer = peerAddress(c);
    if (config.trustedProxy?.addresses.includes(peer)) {
      return c.req.header('x-forwarded-for')?.split(',')[0]?.trim() ?? peer;
    }
    return peer;
  };
}

/** The actor the session middleware found (null when signed out). */
export const actorOf = (c: Context): Actor | null => {
  const value: unknown = c.get('actor');
  return value === undefined ? null : (value as Actor | null);
};

export function accountsPlugin(options: AccountsPluginOptions) {
  const deps: AuthDeps = {
    db: options.db,
    sessions: new SessionStore(options.db),
    config: options.config,
    addressOf: addressFor(options.config),
  };
  const mayPublish: MiddlewareHandler = async (c, next) => {
    const actor = actorOf(c);
    if (!actor) return c.json({ error: 'Sign in to record or correct figures.' }, 401);
    const id = c.req.param('id') ?? '';
    const engine = options.service.engine();
    const indicator = engine.dataset.indicators.find((candidate) => candidate.id === id);
    // Unknown indicators fall through to the API's 404.
    if (indicator && !canApprove(actor, indicator, engine.dataset)) {
      return c.json({ error: forbiddenReason('approve', indicator) }, 403);
    }
    await next();
  };
  // With public reading off, only signing in (and asking who you are) works signed out.
  const privateUnlessPublic: MiddlewareHandler = async (c, next) => {
    const open = c.req.path.startsWith('/api/auth/') || actorOf(c) !== null;
    if (!open && !(await publicReadEnabled(options.db))) {
      return c.json({ error: 'Sign in to see this council’s figures.' }, 401);
    }
    await next();
  };
  const plugin = (app: Hono) => {
    app.use('/api/*', sessionMiddleware(deps));
    app.use('/api/*', csrfProtection(deps));
    app.use('/api/*', privateUnlessPublic);
    app.post('/api/indicators/:id/actuals', mayPublish);
    app.route('/api', accountRoutes(deps));
    app.route(
      '/api',
      indicatorAdminRoutes({ db: options.db, service: options.service, addressOf: deps.addressOf }),
    );
    app.route(
      '/api',
      returnsRoutes({ db: options.db, service: options.service, addressOf: deps.addressOf }),
    );
    app.route(
      '/api',
      batchRoutes({ db: options.db, service: options.service, addressOf: deps.addressOf }),
    );
    app.route(
      '/api',
      benchmarkImportsRoutes({
        db: options.db,
        addressOf: deps.addressOf,
        hasIndicator: (id) =>
          options.service.engine().dataset.indicators.some((indicator) => indicator.id === id),
      }),
    );
  };
  const getActor: ActorSource = (c) => actorOf(c);
  /** Whether readers who are not signed in may read: asked before a kept page is sent. */
  const publicRead = () => publicReadEnabled(options.db);
  return { plugin, getActor, publicRead, deps };
}

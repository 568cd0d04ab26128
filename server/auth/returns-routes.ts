/**
 * The returns cycle over HTTP: save a draft, submit, approve (which publishes the figure through
 * the service, with its history), return with a reason, and "my returns". Every rule is the
 * domain's (src/domain/return-cycle.ts, roles.ts, due-dates.ts); this file only wires paths to
 * the handlers (returns-read-handlers.ts, returns-step-handler.ts).
 */
import { Hono } from 'hono';
import type { AuthEnv } from './middleware';
import type { ReturnsDeps } from './returns-common';
import { myReturnsHandler, overdueReturnsHandler, returnHandler } from './returns-read-handlers';
import {
  approveReturnHandler,
  saveReturnHandler,
  sendBackReturnHandler,
  submitReturnHandler,
} from './returns-step-handler';

export type { ReturnsDeps } from './returns-common';

export function returnsRoutes(deps: ReturnsDeps) {
  const app = new Hono<AuthEnv>();
  app.get('/returns/mine', (c) => myReturnsHandler(c, deps));
  app.get('/returns/overdue', (c) => overdueReturnsHandler(c, deps));
  app.get('/returns/:indicatorId', (c) => returnHandler(c, deps));
  app.put('/returns/:indicatorId', (c) => saveReturnHandler(c, deps));
  app.post('/returns/:indicatorId/submit', (c) => submitReturnHandler(c, deps));
  app.post('/returns/:indicatorId/approve', (c) => approveReturnHandler(c, deps));
  app.post('/returns/:indicatorId/return', (c) => sendBackReturnHandler(c, deps));
  return app;
}

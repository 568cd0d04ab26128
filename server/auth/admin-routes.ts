/**
 * People and roles, settings and the audit log: administrators only. Every change is audited.
 * This file only wires paths to the handlers, in the order Hono matches them.
 */
import { Hono } from 'hono';
import {
  replaceGrantsHandler,
  setDisabledHandler,
  signOutEverywhereHandler,
} from './admin-access-handlers';
import { auditCsvHandler, auditPageHandler } from './admin-audit-handlers';
import { createPersonHandler, listPeopleHandler } from './admin-people-handlers';
import { readSettingsHandler, saveSettingsHandler } from './admin-settings-handlers';
import { requireAdministrator, type AuthDeps, type AuthEnv } from './middleware';

export function adminRoutes(deps: AuthDeps) {
  const app = new Hono<AuthEnv>();
  app.use('/admin/*', requireAdministrator);

  app.get('/admin/people', (c) => listPeopleHandler(c, deps));
  app.post('/admin/people', (c) => createPersonHandler(c, deps));
  app.put('/admin/people/:id/grants', (c) => replaceGrantsHandler(c, deps));
  app.put('/admin/people/:id/disabled', (c) => setDisabledHandler(c, deps));
  app.post('/admin/people/:id/sign-out-everywhere', (c) => signOutEverywhereHandler(c, deps));

  app.get('/admin/audit', (c) => auditPageHandler(c, deps));
  app.get('/admin/audit.csv', (c) => auditCsvHandler(c, deps));

  app.get('/admin/settings', (c) => readSettingsHandler(c, deps));
  app.put('/admin/settings', (c) => saveSettingsHandler(c, deps));

  return app;
}

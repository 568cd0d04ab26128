/**
 * What administrators set for each indicator: its targets and floors per financial year (stored
 * through the figures' own ledger, so they keep the same history and versions), its monthly
 * profile per year (versions in target_profiles) and its due-date rule (kept as history in
 * due_date_rules). Every change lands in one transaction with its audit row. This file only wires
 * paths to the handlers.
 */
import { Hono } from 'hono';
import { readIndicatorSettingsHandler, type IndicatorAdminDeps } from './indicator-admin-common';
import { setDueRuleHandler } from './indicator-due-rule-handler';
import { setProfileHandler } from './indicator-profile-handler';
import { setTargetHandler } from './indicator-targets-handler';
import { requireAdministrator, type AuthEnv } from './middleware';

export type { IndicatorAdminDeps } from './indicator-admin-common';

export function indicatorAdminRoutes(deps: IndicatorAdminDeps) {
  const app = new Hono<AuthEnv>();
  app.use('/admin/indicators/*', requireAdministrator);
  app.get('/admin/indicators/:id', (c) => readIndicatorSettingsHandler(c, deps));
  app.put('/admin/indicators/:id/targets', (c) => setTargetHandler(c, deps));
  app.put('/admin/indicators/:id/profile', (c) => setProfileHandler(c, deps));
  app.put('/admin/indicators/:id/due-rule', (c) => setDueRuleHandler(c, deps));
  return app;
}

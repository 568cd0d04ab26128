import { createRoute, lazyRouteComponent, Navigate } from '@tanstack/react-router';
import { auditSearchSchema } from '@/features/admin/audit-search';
import { rootRoute } from './root';

/** /admin: the administrators' screens; the layout refuses everyone else with a page that says why. */
export const adminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin',
  component: lazyRouteComponent(() => import('@/features/admin/admin-layout'), 'AdminLayout'),
});

const adminIndexRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/',
  component: () => <Navigate to="/admin/people" replace />,
});

const peopleRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/people',
  component: lazyRouteComponent(() => import('@/features/admin/people-page'), 'PeoplePage'),
});

const auditRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/audit',
  validateSearch: auditSearchSchema,
  component: lazyRouteComponent(() => import('@/features/admin/audit-page'), 'AuditPage'),
});

const settingsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/settings',
  component: lazyRouteComponent(() => import('@/features/admin/settings-page'), 'SettingsPage'),
});

const indicatorsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/indicators',
  component: lazyRouteComponent(
    () => import('@/features/admin/indicator-chooser'),
    'IndicatorChooser',
  ),
});

const indicatorSettingsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/indicators/$indicatorId',
  component: lazyRouteComponent(
    () => import('@/features/admin/indicator-settings-page'),
    'IndicatorSettingsPage',
  ),
});

export const adminRouteTree = adminRoute.addChildren([
  adminIndexRoute,
  peopleRoute,
  auditRoute,
  settingsRoute,
  indicatorsRoute,
  indicatorSettingsRoute,
]);

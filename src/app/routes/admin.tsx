import { Suspense } from 'react';
import type { RoutePath } from '@/ui/navigation';
import { Navigate } from '@/ui/navigation';
import { defineRoute, lazyPage, type AppRoute, type LazyPage } from '../route';

/** The administrators' frame (it refuses everyone else with a page that says why), loaded once. */
const adminLayout = lazyPage(() => import('@/features/admin/admin-layout'), 'AdminLayout');
const AdminLayout = adminLayout.Page;

/** An /admin page inside the administrators' frame; each page's code is its own chunk. */
function adminPage(page: LazyPage): LazyPage {
  function InFrame() {
    return (
      <AdminLayout>
        <Suspense fallback={null}>
          <page.Page />
        </Suspense>
      </AdminLayout>
    );
  }
  return {
    Page: InFrame,
    preload: () => Promise.all([adminLayout.preload(), page.preload()]),
  };
}

function ToPeople() {
  return <Navigate to="/admin/people" />;
}

const section = <P extends RoutePath>(path: P, page: LazyPage): AppRoute<P> =>
  defineRoute({ path, page: adminPage(page) });

/** /admin: the administrators' screens. */
export const adminRoutes: AppRoute[] = [
  defineRoute({ path: '/admin', page: { Page: ToPeople, preload: () => Promise.resolve() } }),
  section(
    '/admin/people',
    lazyPage(() => import('@/features/admin/people-page'), 'PeoplePage'),
  ),
  section(
    '/admin/audit',
    lazyPage(() => import('@/features/admin/audit-page'), 'AuditPage'),
  ),
  section(
    '/admin/settings',
    lazyPage(() => import('@/features/admin/settings-page'), 'SettingsPage'),
  ),
  section(
    '/admin/indicators',
    lazyPage(() => import('@/features/admin/indicator-chooser'), 'IndicatorChooser'),
  ),
  section(
    '/admin/indicators/$indicatorId',
    lazyPage(() => import('@/features/admin/indicator-settings-page'), 'IndicatorSettingsPage'),
  ),
];

import { getRouteApi } from '@tanstack/react-router';
import { DashboardPage } from '@/features/dashboard/dashboard-page';

const route = getRouteApi('/');

export function DashboardView() {
  return <DashboardPage search={route.useSearch()} />;
}

import { getRouteApi } from '@tanstack/react-router';
import { DashboardPage } from '@/features/dashboard/dashboard-page';

const route = getRouteApi('/dashboard');

export function DashboardView() {
  return <DashboardPage search={route.useSearch()} />;
}

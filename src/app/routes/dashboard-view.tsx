import { DashboardPage } from '@/features/dashboard/dashboard-page';
import { dashboardSearchSchema } from '@/features/dashboard/dashboard-search';
import { useRouteSearch } from '@/ui/navigation';

export function DashboardView() {
  return <DashboardPage search={useRouteSearch(dashboardSearchSchema)} />;
}

import { useMemo } from 'react';
import { DashboardPage } from '@/features/dashboard/dashboard-page';
import { dashboardSearchSchema } from '@/features/dashboard/dashboard-search';
import { useRouteParams, useRouteSearch } from '@/ui/navigation';

export function DashboardView() {
  return <DashboardPage search={useRouteSearch(dashboardSearchSchema)} />;
}

/** `/dashboard/kcc-2008?status=red`: the structure comes from the path (ADR 0091). */
export function DashboardStructureView() {
  const { structureId } = useRouteParams('/dashboard/$structureId');
  const filters = useRouteSearch(dashboardSearchSchema);
  const search = useMemo(() => ({ ...filters, structure: structureId }), [filters, structureId]);
  return <DashboardPage search={search} />;
}

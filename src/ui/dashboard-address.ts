/**
 * The dashboard's address for a view (ADR 0091): the structure is part of the path,
 * `/dashboard/kcc-2008?status=red`, not the query, so each structure's view is a page the build can
 * prerender (a static host cannot serve a file by query). `/dashboard` is the default structure's
 * view. Every link and navigation to the dashboard goes through this, so none writes the old form
 * `/dashboard?structure=…`, which the dashboard route still accepts and replaces by this one.
 */
import { DEFAULT_STRUCTURE } from '@/domain/structures';
import type { Destination, SearchRecord } from './navigation';

export type DashboardDestination =
  Destination<'/dashboard'> | Destination<'/dashboard/$structureId'>;

/**
 * Where a dashboard view lives: its structure in the path, the other filters in the query. The
 * default structure's view is plain `/dashboard`, so each view has one address.
 */
export function dashboardAddress(
  search: SearchRecord & { structure?: string | undefined },
): DashboardDestination {
  const { structure, ...filters } = search;
  return structure === undefined || structure === '' || structure === DEFAULT_STRUCTURE
    ? { to: '/dashboard', search: filters }
    : { to: '/dashboard/$structureId', params: { structureId: structure }, search: filters };
}

import { Link } from '@/ui/navigation';
import type { DashboardSearch } from './dashboard-search';

/** From the dashboard to its exceptions, for the same structure, unit, period and profiles. */
export function ExceptionsLink({
  search,
  structureId,
  nodeName,
}: {
  search: DashboardSearch;
  structureId: string | undefined;
  nodeName: string | undefined;
}) {
  return (
    <p className="page-links">
      <Link
        to="/exceptions"
        search={{
          structure: structureId,
          node: search.node,
          period: search.period,
          profiles: search.profiles,
        }}
      >
        See the exceptions{nodeName ? ` for ${nodeName}` : ''}: red, worsening and missing figures
      </Link>
    </p>
  );
}

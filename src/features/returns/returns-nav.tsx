import { Link } from '@/ui/navigation';
import type { ReturnsSearch } from './returns-search';

/** My returns and the approval queue, keeping the same date and filter. */
export function ReturnsNav({ search }: { search: ReturnsSearch }) {
  return (
    <nav aria-label="Returns" className="returns-nav">
      <Link to="/returns" search={search} activeOptions={{ exact: true, includeSearch: false }}>
        My returns
      </Link>
      <Link to="/returns/approvals" search={search} activeOptions={{ includeSearch: false }}>
        Awaiting my approval
      </Link>
    </nav>
  );
}

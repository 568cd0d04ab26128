import { Link } from '@/ui/navigation';
import type { ScorecardResponse } from '@/data/api/contract';
import { usePrefetchIndicator } from '@/data/api/prefetch';
import { formatCode } from '@/domain/frameworks';
import './organisation.css';

type Item = ScorecardResponse['responsibilities'][number];

const roleHeadings: Record<Item['role'], string> = {
  lead: 'Leads',
  reports: 'Reports on',
  support: 'Supports',
};

function codeText(item: Item): string {
  return item.codes
    .filter((code) => code.framework === 'NI' || code.framework === 'T2010')
    .map(formatCode)
    .join(', ');
}

/** The national indicators and Towards 2010 targets a part of the council leads or supports. */
export function Responsibilities({
  items,
  nodeName,
}: {
  items: readonly Item[];
  nodeName: string;
}) {
  const prefetch = usePrefetchIndicator();
  const roles = (['lead', 'reports', 'support'] as const).filter((role) =>
    items.some((item) => item.role === role),
  );
  return (
    <section aria-labelledby="responsibilities-title" className="responsibilities">
      <h2 id="responsibilities-title">National indicators and Towards 2010 targets</h2>
      {items.length === 0 ? (
        <p className="empty-state">
          The papers name no national indicator or Towards 2010 target for {nodeName}.
        </p>
      ) : (
        roles.map((role) => {
          const roleItems = items.filter((item) => item.role === role);
          return (
            <div key={role} className="responsibilities__group">
              <h3>
                {roleHeadings[role]} <span className="count-chip">{roleItems.length}</span>
              </h3>
              <ul className="responsibilities__list">
                {roleItems.map((item) => (
                  <li key={item.indicatorId}>
                    <span className="responsibilities__code">{codeText(item)}</span>
                    <Link
                      {...prefetch(item.indicatorId)}
                      to="/indicators/$indicatorId"
                      params={{ indicatorId: item.indicatorId }}
                      search={{}}
                    >
                      {item.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}

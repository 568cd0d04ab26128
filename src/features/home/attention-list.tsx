import { Link } from '@/ui/navigation';
import type { Structure } from '@/data/contract/dataset-schema';
import { DirectionBadge } from '@/ui/direction-badge';
import { StatusBadge } from '@/ui/status-badge';
import type { AttentionItem } from './home-first-view';

/** The few indicators to look at first, each with its status reason and owner, and the way to the rest. */
export function AttentionList({
  count,
  shown,
  structure,
}: {
  /** How many indicators need attention (`needsAttention`), of which `shown` are the first. */
  count: number;
  shown: readonly AttentionItem[];
  structure: Structure;
}) {
  if (count === 0) {
    return <p>No indicator is red, and no amber indicator is getting worse.</p>;
  }
  return (
    <>
      <p>
        {count} {count === 1 ? 'indicator needs' : 'indicators need'} attention: red, or amber and
        getting worse.
        {count > shown.length ? ` The first ${shown.length}:` : null}
      </p>
      <ul className="attention-list">
        {shown.map((item) => (
          <li key={item.id} className={`attention attention--${item.status}`}>
            <Link
              to="/indicators/$indicatorId"
              params={{ indicatorId: item.id }}
              search={{}}
              className="attention__title"
            >
              {item.title}
            </Link>
            <span className="attention__badges">
              <StatusBadge status={item.status} />
              <DirectionBadge direction={item.direction.direction} reason={item.direction.reason} />
            </span>
            {item.reason !== null ? <span className="attention__reason">{item.reason}</span> : null}
            {item.owners ? <span className="attention__owner">Owner: {item.owners}</span> : null}
          </li>
        ))}
      </ul>
      <p>
        <Link to="/exceptions" search={{ structure: structure.id }}>
          All exceptions for {structure.name}, with their commentary
        </Link>
      </p>
    </>
  );
}

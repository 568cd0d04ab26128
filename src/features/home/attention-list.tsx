import { Link } from '@/ui/navigation';
import type { IndicatorRow } from '@/data/api/contract';
import type { Structure } from '@/data/contract/dataset-schema';
import { headlineStatus } from '@/domain/aggregate';
import { DirectionBadge } from '@/ui/direction-badge';
import { ownerNamesOf } from '@/ui/table-figures';
import { StatusBadge } from '@/ui/status-badge';
import { needsAttention } from './home-words';

const SHOWN = 5;

/** The few indicators to look at first, each with its status reason and owner, and the way to the rest. */
export function AttentionList({
  rows,
  structure,
}: {
  rows: readonly IndicatorRow[];
  structure: Structure;
}) {
  const attention = needsAttention(rows);
  if (attention.length === 0) {
    return <p>No indicator is red, and no amber indicator is getting worse.</p>;
  }
  return (
    <>
      <p>
        {attention.length} {attention.length === 1 ? 'indicator needs' : 'indicators need'}{' '}
        attention: red, or amber and getting worse.
        {attention.length > SHOWN ? ` The first ${SHOWN}:` : null}
      </p>
      <ul className="attention-list">
        {attention.slice(0, SHOWN).map((row) => {
          const status = headlineStatus(row);
          const rating = status === row.latestRating.status ? row.latestRating : row.forecastRating;
          const owner = ownerNamesOf(row, structure);
          return (
            <li key={row.indicator.id} className={`attention attention--${status}`}>
              <Link
                to="/indicators/$indicatorId"
                params={{ indicatorId: row.indicator.id }}
                search={{}}
                className="attention__title"
              >
                {row.indicator.title}
              </Link>
              <span className="attention__badges">
                <StatusBadge status={status} />
                <DirectionBadge direction={row.direction.direction} reason={row.direction.reason} />
              </span>
              {rating ? <span className="attention__reason">{rating.reason}</span> : null}
              {owner ? <span className="attention__owner">Owner: {owner}</span> : null}
            </li>
          );
        })}
      </ul>
      <p>
        <Link to="/exceptions" search={{ structure: structure.id }}>
          All exceptions for {structure.name}, with their commentary
        </Link>
      </p>
    </>
  );
}

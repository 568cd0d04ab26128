import { useQuery } from '@tanstack/react-query';
import { Link } from '@/ui/navigation';
import { indicatorListQuery } from '@/data/api/queries';
import { formatPeriod } from '@/domain/periods';
import { QueryState, SkeletonLines } from '@/ui/query-state';
import { StatusShape } from '@/ui/status-badge';
import { changesSentence, changeWords, statusChanges } from './home-words';
import { dashboardAddress } from '@/ui/dashboard-address';

const SHOWN = 8;

/** What changed status between the period before and the latest one, worse first. */
export function ChangesSince({
  structureId,
  asAt,
  previous,
}: {
  structureId: string;
  asAt: string;
  previous: string;
}) {
  const now = useQuery(indicatorListQuery({ structure: structureId, period: asAt }));
  const before = useQuery(indicatorListQuery({ structure: structureId, period: previous }));
  const skeleton = <SkeletonLines lines={3} />;
  return (
    <QueryState query={now} what="the latest figures" skeleton={skeleton}>
      {(current) => (
        <QueryState
          query={before}
          what={`the figures for ${formatPeriod(previous)}`}
          skeleton={skeleton}
        >
          {(earlier) => {
            const changes = statusChanges(earlier.rows, current.rows);
            return (
              <>
                <p>{changesSentence(changes, previous)}</p>
                {changes.length > 0 ? (
                  <ul className="change-list">
                    {changes.slice(0, SHOWN).map((change) => (
                      <li key={change.row.indicator.id} className={`change change--${change.kind}`}>
                        <Link
                          to="/indicators/$indicatorId"
                          params={{ indicatorId: change.row.indicator.id }}
                          search={{}}
                        >
                          {change.row.indicator.title}
                        </Link>{' '}
                        <span className="change__words">
                          <StatusShape status={change.from} /> <StatusShape status={change.to} />{' '}
                          {changeWords(change)}
                        </span>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {changes.length > SHOWN ? (
                  <p>
                    <Link {...dashboardAddress({ structure: structureId, period: asAt })}>
                      See every indicator as at {formatPeriod(asAt)}
                    </Link>
                  </p>
                ) : null}
              </>
            );
          }}
        </QueryState>
      )}
    </QueryState>
  );
}

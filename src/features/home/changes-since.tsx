import { useQuery } from '@tanstack/react-query';
import { Link } from '@/ui/navigation';
import { formatPeriod } from '@/domain/periods';
import { QueryState, SkeletonLines } from '@/ui/query-state';
import { StatusShape } from '@/ui/status-badge';
import { homeChangesQuery } from './home-first-view';
import { changesSentence, changeTotal, changeWords } from './home-words';
import { dashboardAddress } from '@/ui/dashboard-address';

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
  const changes = useQuery(homeChangesQuery(structureId, asAt, previous));
  return (
    <QueryState query={changes} what="the latest figures" skeleton={<SkeletonLines lines={3} />}>
      {({ counts, shown }) => (
        <>
          <p>{changesSentence(counts, previous)}</p>
          {shown.length > 0 ? (
            <ul className="change-list">
              {shown.map((change) => (
                <li key={change.id} className={`change change--${change.kind}`}>
                  <Link
                    to="/indicators/$indicatorId"
                    params={{ indicatorId: change.id }}
                    search={{}}
                  >
                    {change.title}
                  </Link>{' '}
                  <span className="change__words">
                    <StatusShape status={change.from} /> <StatusShape status={change.to} />{' '}
                    {changeWords(change)}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
          {changeTotal(counts) > shown.length ? (
            <p>
              <Link {...dashboardAddress({ structure: structureId, period: asAt })}>
                See every indicator as at {formatPeriod(asAt)}
              </Link>
            </p>
          ) : null}
        </>
      )}
    </QueryState>
  );
}

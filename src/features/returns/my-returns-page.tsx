import { useQuery } from '@tanstack/react-query';
import { myReturnsQuery } from '@/data/api/returns-queries';
import { formatDate } from '@/domain/due-dates';
import { QueryState, SkeletonLines } from '@/ui/query-state';
import { AsAtForm } from './as-at-form';
import { groupMyReturns } from './return-groups';
import { ReturnItem } from './return-item';
import type { ReturnsSearch } from './returns-search';
import { ReturnsLayout } from './returns-layout';

/** What is due from the units the person contributes to, overdue and returned first. */
export function MyReturnsPage({ search }: { search: ReturnsSearch }) {
  return (
    <ReturnsLayout
      title="My returns"
      lead="The figures due from the units you contribute to: what was returned to you, what is overdue and what is due, each with a link to enter it."
      search={search}
    >
      <MyReturnsList search={search} />
    </ReturnsLayout>
  );
}

function MyReturnsList({ search }: { search: ReturnsSearch }) {
  const returns = useQuery(myReturnsQuery(search.today));
  return (
    <QueryState query={returns} what="your returns" skeleton={<SkeletonLines lines={6} />}>
      {(data) => {
        const groups = groupMyReturns(data.items, search.show === 'all');
        const total = groups.reduce((sum, group) => sum + group.items.length, 0);
        return (
          <>
            <AsAtForm search={search} today={data.today} to="/returns" />
            <p role="status">
              As at {formatDate(data.today)}:{' '}
              {groups
                .filter((group) => group.items.length > 0)
                .map((group) => `${group.heading.toLowerCase()} ${group.items.length}`)
                .join(', ') || 'nothing to enter'}
              .
            </p>
            {total === 0 && !data.items.some((item) => item.rights.mayRecord) ? (
              <p className="notice notice--info">
                You are not a contributor for any unit, so no returns are due from you. An
                administrator gives contributor roles.
              </p>
            ) : null}
            {groups
              .filter((group) => group.items.length > 0)
              .map((group) => (
                <section key={group.key} aria-labelledby={`returns-${group.key}`}>
                  <h2 id={`returns-${group.key}`}>
                    {group.heading} ({group.items.length})
                  </h2>
                  <ul className="return-list">
                    {group.items.map((item) => (
                      <ReturnItem key={`${item.indicatorId} ${item.period}`} item={item} />
                    ))}
                  </ul>
                </section>
              ))}
          </>
        );
      }}
    </QueryState>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Link } from '@/ui/navigation';
import type { MyReturnItem } from '@/data/api/contract';
import { overdueReturnsQuery } from '@/data/api/returns-queries';
import { meQuery } from '@/data/api/session';
import { transportKind } from '@/data/api/client';
import { formatDate } from '@/domain/due-dates';
import { formatPeriod } from '@/domain/periods';
import type { ExceptionsSearch } from './dashboard-search';
import './overdue-returns.css';

/** Who must act next on an overdue return, in words. */
function waitingOn(item: MyReturnItem): string {
  if (item.status === 'returned') {
    return `Returned to the unit's contributors for correction${item.returnReason ? `: ${item.returnReason}` : ''}`;
  }
  if (item.status === 'draft') {
    return `Waiting on the unit's contributors to submit the draft${item.updatedBy ? ` saved by ${item.updatedBy}` : ''}`;
  }
  return `Waiting on the unit's contributors: ${item.statusLabel.toLowerCase()}`;
}

interface OverdueReturnsProps {
  /** The page's filters: `node` (and everything below it) and `overduePage` apply here. */
  search: ExceptionsSearch;
  /** The structure the page resolved, and the chosen unit's name for the lead. */
  structure: string | undefined;
  nodeName: string | undefined;
}

/**
 * The returns overdue for the signed-in person (administrators: every indicator), for the unit
 * the page's filters choose, a page of 20 at a time with the page in the address. Nothing at all
 * on the static publication, when signed out, or for a person with no returns to make, so the
 * page never claims "none overdue" it cannot know.
 */
export function OverdueReturns({ search, structure, nodeName }: OverdueReturnsProps) {
  const { node, overduePage: page } = search;
  const isStatic = transportKind() === 'static';
  const me = useQuery({ ...meQuery(), enabled: !isStatic });
  const grants = me.data?.user?.grants ?? [];
  const hasReturns = !isStatic && grants.some((grant) => grant.role !== 'viewer');
  const overdueQuery = useQuery({
    ...overdueReturnsQuery({ structure: node === undefined ? undefined : structure, node, page }),
    enabled: hasReturns,
  });
  const data = overdueQuery.data;
  if (!hasReturns || !data) return null;
  const administrator = grants.some((grant) => grant.role === 'administrator');
  const first = (data.page - 1) * data.pageSize + 1;
  const last = first + data.items.length - 1;
  return (
    <section aria-labelledby="exceptions-overdue-returns" className="exception-section">
      <h2 id="exceptions-overdue-returns">
        Overdue returns <span className="count-chip">{data.total}</span>
      </h2>
      <p className="section-lead">
        Figures past their due date as at {formatDate(data.today)},{' '}
        {administrator
          ? 'for every indicator, as you are an administrator'
          : 'for the indicators you contribute to or approve'}
        {nodeName ? `, owned by ${nodeName} and the units below it` : ''}. Choose the part of the
        council below to see one unit’s.
      </p>
      {data.total === 0 ? (
        <p className="empty-state">None of these returns is overdue.</p>
      ) : (
        <>
          <p aria-live="polite">
            {data.pageCount > 1
              ? `Showing ${String(first)} to ${String(last)} of ${String(data.total)}, oldest due first.`
              : `All ${String(data.total)}, oldest due first.`}
          </p>
          <ul className="overdue-returns">
            {data.items.map((item) => (
              <li key={`${item.indicatorId} ${item.period}`} className="overdue-returns__item">
                <Link
                  to="/indicators/$indicatorId"
                  params={{ indicatorId: item.indicatorId }}
                  search={{ returnPeriod: item.period }}
                  hash="return"
                >
                  {item.title}, {formatPeriod(item.period)}
                </Link>
                <p>Was due {formatDate(item.dueDate)}.</p>
                <p>{waitingOn(item)}.</p>
              </li>
            ))}
          </ul>
          <OverduePages search={search} page={data.page} pageCount={data.pageCount} />
        </>
      )}
    </section>
  );
}

/** Previous and next pages as links, so each page has an address and Back returns to it. */
function OverduePages({
  search,
  page,
  pageCount,
}: {
  search: ExceptionsSearch;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const to = (target: number) => ({
    to: '/exceptions' as const,
    search: { ...search, overduePage: target === 1 ? undefined : target },
    hash: 'exceptions-overdue-returns',
  });
  return (
    <nav aria-label="Pages of overdue returns" className="overdue-pages">
      <ul>
        {page > 1 ? (
          <li>
            <Link {...to(page - 1)}>Previous page of overdue returns</Link>
          </li>
        ) : null}
        <li aria-current="page">
          Page {page} of {pageCount}
        </li>
        {page < pageCount ? (
          <li>
            <Link {...to(page + 1)}>Next page of overdue returns</Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Link } from '@/ui/navigation';
import type { MyReturnItem } from '@/data/api/contract';
import { myReturnsQuery } from '@/data/api/returns-queries';
import { meQuery } from '@/data/api/session';
import { getApiClient } from '@/data/api/transport';
import { formatDate } from '@/domain/due-dates';
import { formatPeriod } from '@/domain/periods';
import './overdue-returns.css';

/** A council-wide list can run to thousands when the figures are old; the first ones make the point. */
const SHOWN_AT_MOST = 20;

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

/**
 * The returns overdue for the signed-in person, from the same "My returns" data (administrators
 * get every indicator). Nothing at all on the static publication, when signed out, or for a
 * person with no returns, so the page never claims "none overdue" it cannot know.
 */
export function OverdueReturns() {
  const isStatic = getApiClient().transport === 'static';
  const me = useQuery({ ...meQuery(), enabled: !isStatic });
  const signedIn = !isStatic && me.data?.user != null;
  const returns = useQuery({ ...myReturnsQuery(), enabled: signedIn });
  if (!signedIn || !returns.data || returns.data.items.length === 0) return null;
  const administrator = me.data?.user?.grants.some((grant) => grant.role === 'administrator');
  const overdue = returns.data.items.filter((item) => item.timing === 'overdue');
  const shown = overdue.slice(0, SHOWN_AT_MOST);
  return (
    <section aria-labelledby="exceptions-overdue-returns" className="exception-section">
      <h2 id="exceptions-overdue-returns">
        Overdue returns <span className="count-chip">{overdue.length}</span>
      </h2>
      <p className="section-lead">
        Figures past their due date as at {formatDate(returns.data.today)},{' '}
        {administrator
          ? 'for every indicator, as you are an administrator.'
          : 'for the indicators you contribute to or approve.'}
      </p>
      {overdue.length === 0 ? (
        <p className="empty-state">None of these returns is overdue.</p>
      ) : (
        <ul className="overdue-returns">
          {shown.map((item) => (
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
      )}
      {overdue.length > shown.length ? (
        <p>
          And {overdue.length - shown.length} more overdue returns not listed here; each indicator
          page shows its own.
        </p>
      ) : null}
    </section>
  );
}

import { Link } from '@/ui/navigation';
import type { MyReturnItem } from '@/data/api/contract';
import { formatPeriod } from '@/domain/periods';
import { StatusBadge } from '@/ui/status-badge';

/** One return in My returns: what, when it is due, where it stands, and a link to enter it. */
export function ReturnItem({ item }: { item: MyReturnItem }) {
  const what = `${item.title}, ${formatPeriod(item.period)}`;
  return (
    <li className="return-item">
      <h3 className="return-item__title">
        <Link
          to="/indicators/$indicatorId"
          params={{ indicatorId: item.indicatorId }}
          search={{ returnPeriod: item.period }}
          hash="return"
        >
          {what}
        </Link>
      </h3>
      <p className="return-item__line">{item.timingReason}</p>
      <p className="return-item__line">
        {item.statusLabel}
        {item.value !== null ? `: ${item.value.toLocaleString('en-GB')}` : ''}
        {item.rating ? (
          <>
            , would be <StatusBadge status={item.rating.status} reason={item.rating.reason} />
          </>
        ) : null}
      </p>
      {item.status === 'returned' && item.returnReason ? (
        <p className="return-item__reason">
          <strong>Why it was returned:</strong> {item.returnReason}
        </p>
      ) : null}
    </li>
  );
}

import type { MyReturnItem } from '@/data/api/contract';
import { StatusBadge } from '@/ui/status-badge';
import { ReturnTitle } from './return-title';

/** One return in My returns: what, when it is due, where it stands, and a link to enter it. */
export function ReturnItem({ item }: { item: MyReturnItem }) {
  return (
    <li className="return-item">
      <ReturnTitle item={item} level="h3" />
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

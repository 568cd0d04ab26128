import type { ReactNode } from 'react';
import type { StatusCounts } from '@/data/api/contract';
import type { RagStatus } from '@/domain/types';
import { statusLabel } from '@/domain/rating';
import { StatusShape } from './status-badge';
import './status-summary.css';

const order: { status: RagStatus; key: 'green' | 'amber' | 'red' | 'notRated' }[] = [
  { status: 'red', key: 'red' },
  { status: 'amber', key: 'amber' },
  { status: 'green', key: 'green' },
  { status: 'not-rated', key: 'notRated' },
];

interface StatusSummaryProps {
  counts: StatusCounts;
  /** Accessible name of the group, e.g. 'Kent County Council'. */
  label: string;
  /** Wraps each count in a link or button that filters the list; the wrapper receives the content. */
  renderCount?: (status: RagStatus, content: ReactNode, count: number) => ReactNode;
  activeStatus?: RagStatus | undefined;
  compact?: boolean;
}

export function indicatorsWord(count: number): string {
  return count === 1 ? 'indicator' : 'indicators';
}

/** Counts by status with the direction-of-travel mix; each count can filter the list below. */
export function StatusSummary({
  counts,
  label,
  renderCount,
  activeStatus,
  compact = false,
}: StatusSummaryProps) {
  return (
    <div className={compact ? 'status-summary status-summary--compact' : 'status-summary'}>
      <ul className="status-summary__counts" aria-label={`${label}: indicators by status`}>
        {order.map(({ status, key }) => {
          const count = counts[key];
          const content = (
            <>
              <span className="status-summary__count">{count}</span>{' '}
              <span className="status-summary__word">
                <StatusShape status={status} />
                {statusLabel(status)}{' '}
                <span className="visually-hidden">{indicatorsWord(count)}</span>
              </span>
            </>
          );
          return (
            <li
              key={status}
              className={`status-summary__item status-summary__item--${status}${activeStatus === status ? ' is-active' : ''}`}
            >
              {renderCount ? (
                renderCount(status, content, count)
              ) : (
                <span className="status-summary__static">{content}</span>
              )}
            </li>
          );
        })}
      </ul>
      <p className="status-summary__mix">
        <span>
          {counts.total} {indicatorsWord(counts.total)}
        </span>
        <span>Improving {counts.improving}</span>
        <span>Worsening {counts.worsening}</span>
        <span>No change {counts.noChange}</span>
        <span>Red and worsening {counts.redAndWorsening}</span>
        {counts.redYearToDateOnly > 0 ? (
          <span>Red for the year to date only {counts.redYearToDateOnly}</span>
        ) : null}
        <span>No data {counts.missingData}</span>
      </p>
    </div>
  );
}

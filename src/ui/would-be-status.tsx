import type { WouldBeRating } from '@/data/api/contract';
import { StatusBadge } from './status-badge';
import './review-controls.css';

/** The status a return's figure would get once published, with why, before anyone submits it. */
export function WouldBeStatus({ rating }: { rating: WouldBeRating }) {
  return (
    <div className="would-be-status">
      <p className="would-be-status__line">
        <span>Status once published: </span>
        <StatusBadge status={rating.status} reason={rating.reason} showReason />
      </p>
      {rating.commentaryRequired ? (
        <p className="would-be-status__needs">
          A {rating.status} figure needs a commentary saying why and what is being done before it is
          submitted.
        </p>
      ) : null}
    </div>
  );
}

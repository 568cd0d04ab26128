import type { FigureReturn } from '@/data/api/contract';
import { ReviewControls } from '@/ui/review-controls';
import { waitingWords } from './return-rules';

interface ReturnReviewProps {
  /** The period, as words. */
  what: string;
  stored: FigureReturn | null;
  /** The server offers approve (and return) to this person now. */
  mayReview: boolean;
  /** The person is an approver, though perhaps not of their own submission. */
  mayApprove: boolean;
  isPending: boolean;
  onApprove: () => void;
  onReturn: (reason: string) => void;
}

/** Approve or return a submitted figure, or say who is to do it. */
export function ReturnReview({
  what,
  stored,
  mayReview,
  mayApprove,
  isPending,
  onApprove,
  onReturn,
}: ReturnReviewProps) {
  if (mayReview) {
    return (
      <ReviewControls
        what={what}
        isPending={isPending}
        error={null}
        onApprove={onApprove}
        onReturn={onReturn}
      />
    );
  }
  if (stored?.status === 'submitted') {
    return <p className="notice notice--info">{waitingWords(mayApprove)}</p>;
  }
  return null;
}

import type { IndicatorRow } from '@/data/api/contract';
import { statusLabel } from '@/domain/rating';
import { StatusShape } from './status-badge';
import './published-rag.css';

type Figure = IndicatorRow['latest'];
type Rating = IndicatorRow['ytdRating'];

/**
 * What the paper printed beside ours, so a performance manager can see both: said when the paper
 * gave a RAG and ours differs or is Not rated; a quiet 'as the paper' when they agree.
 */
export function PublishedRagNote({ figure, rating }: { figure: Figure; rating: Rating }) {
  const published = figure?.publishedRag;
  if (!published || !rating) return null;
  if (published === rating.status) {
    return (
      <span className="published-rag published-rag--same muted">
        The paper printed {statusLabel(published)} too.
      </span>
    );
  }
  return (
    <span className={`published-rag published-rag--differs published-rag--${published}`}>
      <StatusShape status={published} />
      <span>
        The paper printed <strong>{statusLabel(published)}</strong>
        {rating.status === 'not-rated'
          ? '; Ragstone does not rate it (see the reason above).'
          : `; Ragstone rates it ${statusLabel(rating.status)} from the target and floor.`}
      </span>
    </span>
  );
}

import { useQuery } from '@tanstack/react-query';
import { indicatorDetailQuery } from '@/data/api/queries';
import { comparePeriodIds, formatPeriod } from '@/domain/periods';
import { ErrorMessage, SkeletonLines } from '@/ui/query-state';
import './exceptions.css';

/**
 * The latest commentary for one exception. Each indicator loads on its own, so one that fails
 * shows its own error and Retry and the rest of the list is unaffected.
 */
export function ExceptionCommentary({
  indicatorId,
  title,
}: {
  indicatorId: string;
  title: string;
}) {
  const query = useQuery(indicatorDetailQuery(indicatorId));
  if (query.isPending) return <SkeletonLines lines={2} />;
  if (query.isError) {
    return (
      <ErrorMessage
        what={`the commentary for ${title}`}
        error={query.error}
        onRetry={() => void query.refetch()}
        isRetrying={query.isFetching}
      />
    );
  }
  const latest = [...query.data.commentary].sort((a, b) => comparePeriodIds(b.period, a.period))[0];
  if (!latest)
    return (
      <p className="exception__no-commentary">No commentary was published with this figure.</p>
    );
  // A commentary can run over several paragraphs, each stored as its own entry for the period.
  const paragraphs = query.data.commentary.filter((entry) => entry.period === latest.period);
  const authors = [
    ...new Set(paragraphs.map((entry) => entry.author).filter((author) => author !== undefined)),
  ];
  return (
    <blockquote className="exception__commentary">
      {paragraphs.map((entry, index) => (
        <p key={index}>{entry.text}</p>
      ))}
      <footer>
        Commentary for {formatPeriod(latest.period)}
        {authors.length ? <>, {authors.join(', ')}</> : null}
      </footer>
    </blockquote>
  );
}

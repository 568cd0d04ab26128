import type { IndicatorDetailResponse } from '@/data/api/contract';
import { formatPeriod } from '@/domain/periods';
import { AssumptionNote, ratingShown } from '@/ui/assumed-profiles';
import { PublishedRagNote } from '@/ui/published-rag';
import { StatusBadge } from '@/ui/status-badge';

type Row = IndicatorDetailResponse['row'];

/** One rated figure: our status with its reason, and what the paper printed beside it. */
function RatingDetail({
  term,
  figure,
  rating: computed,
  includeAssumed,
}: {
  term: string;
  figure: Row['latest'];
  rating: Row['latestRating'];
  includeAssumed: boolean;
}) {
  const rating = ratingShown(computed, includeAssumed);
  return (
    <>
      <dt>{term}</dt>
      <dd className="status-detail">
        <StatusBadge status={rating.status} reason={rating.reason} showReason />
        <PublishedRagNote figure={figure} rating={rating} />
        <AssumptionNote rating={rating} />
      </dd>
    </>
  );
}

/** The current status, and the year to date's and the forecast's where there are any. */
export function RatingDetails({ row, includeAssumed }: { row: Row; includeAssumed: boolean }) {
  return (
    <>
      <RatingDetail
        term={`Current status${row.latest ? ` (${formatPeriod(row.latest.period)})` : ''}`}
        figure={row.latest}
        rating={row.latestRating}
        includeAssumed={includeAssumed}
      />
      {row.ytdRating && row.ytd ? (
        <RatingDetail
          term={`Year to date (${formatPeriod(row.ytd.period)})`}
          figure={row.ytd}
          rating={row.ytdRating}
          includeAssumed={includeAssumed}
        />
      ) : null}
      {row.forecastRating && row.forecast ? (
        <RatingDetail
          term={`Forecast (${formatPeriod(row.forecast.period)})`}
          figure={row.forecast}
          rating={row.forecastRating}
          includeAssumed={includeAssumed}
        />
      ) : null}
    </>
  );
}

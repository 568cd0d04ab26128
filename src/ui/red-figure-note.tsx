import type { IndicatorRow } from '@/data/api/contract';
import { headlineStatus } from '@/domain/aggregate';
import { formatPeriod } from '@/domain/periods';
import { statusLabel } from '@/domain/rating';
import { StatusBadge } from './status-badge';
import './red-figure-note.css';

/**
 * Which figure is red, when it is not the one the badge shows: a year-to-date Red under an Amber
 * month is listed as an exception but counted under Amber on the dashboard, and the card says so.
 */
export function RedFigureNote({ row }: { row: IndicatorRow }) {
  const headline = headlineStatus(row);
  const ytd = row.ytdRating;
  if (headline === 'red' || ytd?.status !== 'red' || row.ytd === null) return null;
  return (
    <p className="exception__reason red-figure-note">
      <StatusBadge status="red" reason={ytd.reason} /> For the year to date to{' '}
      {formatPeriod(row.ytd.period)}: {ytd.reason.replace(/^Red:\s*/, '')}. The badge above is for
      the latest figure, so the dashboard counts this indicator under {statusLabel(headline)}.
    </p>
  );
}

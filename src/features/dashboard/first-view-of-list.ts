import type { IndicatorRow, StatusCounts } from '@/data/api/contract';
import type { RejectedRow } from '@/data/api/lenient-rows';
import type { Structure } from '@/data/contract/dataset-schema';
import { selectExceptions } from '@/domain/aggregate';
import { anyAssumed } from '@/ui/assumed-profiles';
import { figurePeriodsOf } from '@/ui/as-at-periods';
import { foldByDirectorate, foldHeadings, shouldFold } from '@/ui/fold-groups';
import { rulesOf } from '@/ui/rag-key';
import { latestPeriodOf, ownerNamesOf } from '@/ui/table-figures';
import type { ListFirstView } from './list-first-view';

/** The reason of whichever rating made the row red: latest, forecast or year to date. */
function redReason(row: IndicatorRow): string {
  return (
    [row.latestRating, row.forecastRating, row.ytdRating].find((rating) => rating?.status === 'red')
      ?.reason ?? ''
  );
}

/** What the dashboard draws of a list before a fold is opened (ADR 0096). */
export function listFirstView(
  list: { rows: IndicatorRow[]; total: number; counts: StatusCounts; rejected: RejectedRow[] },
  structure: Structure | undefined,
): ListFirstView {
  const folds = foldByDirectorate(list.rows, structure);
  const folded = shouldFold(list.rows.length, folds);
  return {
    total: list.total,
    counts: list.counts,
    rejected: list.rejected,
    rows: folded ? null : list.rows,
    folds: folded ? foldHeadings(folds) : null,
    reds: folded
      ? selectExceptions(list.rows, 'red').map((row) => ({
          id: row.indicator.id,
          title: row.indicator.title,
          owners: ownerNamesOf(row, structure),
          reason: redReason(row),
        }))
      : [],
    rules: rulesOf(list.rows),
    latestPeriod: latestPeriodOf(list.rows) ?? null,
    assumed: anyAssumed(
      list.rows.flatMap((row) => [row.latestRating, row.ytdRating, row.forecastRating]),
    ),
    figurePeriods: figurePeriodsOf(list.rows),
  };
}

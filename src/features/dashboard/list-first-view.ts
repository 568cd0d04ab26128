/**
 * What the dashboard draws of a list before any fold is opened (ADR 0096). The 2008 authority view
 * lists about 1,000 indicators folded by directorate and unit; its first view shows the counts, the
 * fold headings and the red rows, yet carried every row in the page's data (1.3 MB to parse and
 * hydrate). This query keeps only what that view draws; a fold's rows come with the list itself
 * (`indicatorListQuery`, the same key as before) when the reader opens it, and the downloads ask for
 * the list when pressed. A short list, drawn whole, keeps its rows here.
 */
import type { IndicatorListQuery, IndicatorRow, StatusCounts } from '@/data/api/contract';
import type { RejectedRow } from '@/data/api/lenient-rows';
import { listDigestQuery } from '@/data/api/queries';
import type { Structure } from '@/data/contract/dataset-schema';
import { selectExceptions } from '@/domain/aggregate';
import type { RatingRuleInput } from '@/domain/rating';
import { anyRowAssumed } from '@/ui/assumed-profiles';
import { figurePeriodsOf } from '@/ui/as-at-periods';
import {
  foldByDirectorate,
  foldHeadings,
  shouldFold,
  type DirectorateFoldHeading,
} from '@/ui/fold-groups';
import { rulesOf } from '@/ui/rag-key';
import { latestPeriodOf, ownerNamesOf } from '@/ui/table-figures';

/** A red indicator as the exceptions digest lists it. */
export interface RedRow {
  id: string;
  title: string;
  owners: string;
  /** The reason of whichever rating made the row red: latest, forecast or year to date. */
  reason: string;
}

export interface ListFirstView {
  total: number;
  counts: StatusCounts;
  rejected: RejectedRow[];
  /** Every row when the list is drawn whole; null when it is folded (the rows wait for a fold). */
  rows: IndicatorRow[] | null;
  /** The folds' headings when the list is folded, else null. */
  folds: DirectorateFoldHeading[] | null;
  /** The red rows, for the digest above the folds (empty when the list is drawn whole). */
  reds: RedRow[];
  rules: RatingRuleInput[];
  latestPeriod: string | null;
  /** Whether any status rests on an assumed target profile (the profiles switch shows then). */
  assumed: boolean;
  /** The periods the rows have figures in, for the 'as at' choice (`asAtPeriodsAmong`). */
  figurePeriods: string[];
}

function redReason(row: IndicatorRow): string {
  return (
    [row.latestRating, row.forecastRating, row.ytdRating].find((rating) => rating?.status === 'red')
      ?.reason ?? ''
  );
}

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
    assumed: anyRowAssumed(list.rows),
    figurePeriods: figurePeriodsOf(list.rows),
  };
}

/**
 * The first view of `indicatorListQuery(params)`, under the lists' own key prefix so whatever
 * refreshes indicators refreshes it. It asks the API for the list itself (not through the cache),
 * so a page drawn ahead of time does not carry the rows in its data.
 */
export function listFirstViewQuery(params: IndicatorListQuery) {
  return listDigestQuery('first-view', params, listFirstView);
}

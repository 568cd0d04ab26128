import type { IndicatorRow } from '@/data/api/contract';
import { isPeriodId, periodKindOf, sortPeriodIds } from '@/domain/periods';

/**
 * The 'as at' periods worth offering for a structure: those in which its indicators have figures
 * (latest, year to date, forecast and the trend points the rows carry), among the dataset's periods.
 * The static publication keeps lists only for such periods, and any other choice would show an
 * empty dashboard. The period already chosen stays in the list so the control never lies, but
 * only when it is a real period.
 */
export function asAtPeriodsOf(
  rows: readonly IndicatorRow[],
  datasetPeriods: readonly string[],
  chosen: string | undefined,
): string[] {
  return asAtPeriodsAmong(figurePeriodsOf(rows), datasetPeriods, chosen);
}

/**
 * The periods of the kinds an 'as at' may be (month, quarter, financial year) in which these rows
 * have figures: what a list's first view keeps of its rows for the 'as at' choice.
 */
export function figurePeriodsOf(
  rows: readonly Pick<IndicatorRow, 'latest' | 'ytd' | 'trend'>[],
): string[] {
  const found = new Set<string>();
  const add = (period: string | undefined) => {
    if (period === undefined) return;
    const kind = periodKindOf(period);
    if (kind === 'month' || kind === 'quarter' || kind === 'financial-year') found.add(period);
  };
  for (const row of rows) {
    add(row.latest?.value != null ? row.latest.period : undefined);
    add(row.ytd?.value != null ? row.ytd.period : undefined);
    for (const point of row.trend) add(point.period);
  }
  return [...found];
}

/** `asAtPeriodsOf` from periods already found (`figurePeriodsOf`). */
export function asAtPeriodsAmong(
  figurePeriods: readonly string[],
  datasetPeriods: readonly string[],
  chosen: string | undefined,
): string[] {
  const known = new Set(datasetPeriods);
  const found = new Set(figurePeriods.filter((period) => known.has(period)));
  // The address is checked on the way in; this keeps an impossible period out of the list regardless.
  if (chosen !== undefined && isPeriodId(chosen)) found.add(chosen);
  return sortPeriodIds([...found]);
}

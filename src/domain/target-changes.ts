/**
 * Targets and floors are set per financial year. Changing one once the year has begun is allowed
 * (councils re-base targets mid-year) but it moves the goalposts for figures already reported, so
 * it needs a reason, and the indicator page says so (issue 10).
 */
import { formatPeriod, parsePeriodId } from './periods';

/** The first day of a financial year `2012/13` → `2012-04-01`, or null if it is not one. */
export function financialYearStart(yearId: string): string | null {
  const period = parsePeriodId(yearId);
  return period?.kind === 'financial-year' ? `${period.startYear}-04-01` : null;
}

/** True once `today` (ISO date) is on or after the year's first day. */
export function yearHasStarted(yearId: string, today: string): boolean {
  const start = financialYearStart(yearId);
  return start !== null && today >= start;
}

/**
 * Why a change to a year's target or floor may not go ahead, or null when it may: the period must
 * be a financial year, and once that year has started the change needs a reason.
 */
export function targetChangeProblem(input: {
  year: string;
  today: string;
  reason: string;
  /** What is changing, for the message: 'target' unless said ('monthly profile'). */
  what?: string;
}): { field: 'year' | 'reason'; message: string } | null {
  if (financialYearStart(input.year) === null) {
    return {
      field: 'year',
      message: `${input.year} is not a financial year such as 2012/13.`,
    };
  }
  if (yearHasStarted(input.year, input.today) && input.reason.trim() === '') {
    return {
      field: 'reason',
      message: `${formatPeriod(input.year)} has already started: say why its ${input.what ?? 'target'} is changing.`,
    };
  }
  return null;
}

/**
 * The exceptions page's words, worked out from its rows and filters: each section's lead and
 * empty state, an indicator's owners, the page title and the printed heading.
 */
import type { IndicatorRow } from '@/data/api/contract';
import type { Structure } from '@/data/contract/dataset-schema';
import { describeException, type ExceptionKind } from '@/domain/aggregate';
import { formatPeriod } from '@/domain/periods';
import { ownerNodeNames } from '@/ui/table-figures';

/** What each section says under its heading, and when it lists nothing. */
export const exceptionSectionWords: Record<ExceptionKind, { lead: string; none: string }> = {
  red: {
    lead: 'Below the floor standard in the latest period (the dashboard’s Red count) or for the year to date under another badge (the dashboard’s “Red for the year to date only”): management action is expected. Each card says which figure is red.',
    none: 'No indicator is red.',
  },
  'red-and-worsening': {
    lead: 'Below the floor standard and worse than the period before.',
    none: 'No red indicator is getting worse.',
  },
  'amber-and-worsening': {
    lead: 'Below target and getting worse: at risk of falling below the floor.',
    none: 'No amber indicator is getting worse.',
  },
  'missing-data': {
    lead: 'No figure for the latest period, or the figure is late.',
    none: 'Every indicator has a figure.',
  },
};

/** 'Adult Social Services, Older People': the owners in this structure, supporting roles left out. */
export function ownerNames(
  owners: IndicatorRow['indicator']['owners'],
  structure: Structure | undefined,
): string {
  const names = ownerNodeNames(owners, structure);
  return names.length ? names.join(', ') : 'Not recorded';
}

/** 'Exceptions: Red and worsening' */
export function exceptionsTitle(show: ExceptionKind | undefined): string {
  return show ? `Exceptions: ${describeException(show)}` : 'Exceptions';
}

/** The heading a printed or saved copy carries, so a page on its own says what it is. */
export function exceptionsPrintHeading(
  authority: string,
  show: ExceptionKind | undefined,
  structureName: string | undefined,
  nodeName: string | undefined,
  asAt: string | undefined,
): string {
  return [
    `${authority}: exceptions`,
    show ? describeException(show).toLowerCase() : 'all types',
    structureName && !structureName.startsWith(authority) ? structureName : undefined,
    nodeName,
    asAt ? `as at ${formatPeriod(asAt)}` : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
}

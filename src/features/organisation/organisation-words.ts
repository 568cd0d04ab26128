/**
 * The scorecard page's words and its filter, as pure functions: what kind of node it is, what
 * its children are called, which rows the filters keep and how the page names them.
 */
import type { IndicatorRow } from '@/data/api/contract';
import { matchesFramework, matchesText } from '@/data/api/filter-rows';
import type { OrgNode } from '@/data/contract/dataset-schema';
import { headlineStatus } from '@/domain/aggregate';
import { formatPeriod } from '@/domain/periods';
import { statusLabel } from '@/domain/rating';
import type { OrganisationSearch } from './organisation-search';

export const kindWords: Record<OrgNode['kind'], string> = {
  authority: 'Authority',
  directorate: 'Directorate',
  division: 'Division',
  unit: 'Unit',
};

export const childWords: Record<OrgNode['kind'], string> = {
  authority: 'Directorates',
  directorate: 'Divisions and units',
  division: 'Units',
  unit: 'Teams',
};

/** The rows the page's filters keep (status is the headline status the counts use). */
export function filterScorecardRows(
  rows: readonly IndicatorRow[],
  search: OrganisationSearch,
): IndicatorRow[] {
  return rows.filter(
    (row) =>
      (search.status === undefined || headlineStatus(row) === search.status) &&
      (search.framework === undefined || matchesFramework(row.indicator, search.framework)) &&
      (search.kind === undefined || row.indicator.kind === search.kind) &&
      (search.q === undefined || matchesText(row.indicator, search.q)),
  );
}

/** ['status Red', 'NI', 'activity indicators', 'matching “calls”'] */
export function scorecardFilterWords(search: OrganisationSearch): string[] {
  return [
    search.status ? `status ${statusLabel(search.status)}` : undefined,
    search.framework,
    search.kind ? `${search.kind} indicators` : undefined,
    search.q ? `matching “${search.q}”` : undefined,
  ].filter((word) => word !== undefined);
}

/** '12 indicators', or '3 of 12 indicators, status Red' when filtered. */
export function shownLine(shown: number, total: number, search: OrganisationSearch): string {
  if (shown === total) return `${shown} ${shown === 1 ? 'indicator' : 'indicators'}`;
  return `${shown} of ${total} indicators${search.status ? `, status ${statusLabel(search.status)}` : ''}`;
}

/** Why no table is shown: nothing is reported here, or the filters leave nothing. */
export function emptyIndicatorsLine(total: number): string {
  return total === 0
    ? 'No indicators are reported by this part of the council.'
    : 'No indicators match.';
}

/** 'Unit in Kent County Council directorates …, as at May 2012' */
export function scorecardLead(
  kind: OrgNode['kind'],
  structureName: string | undefined,
  period: string | undefined,
): string {
  return `${kindWords[kind]}${structureName ? ` in ${structureName}` : ''}${
    period ? `, as at ${formatPeriod(period)}` : ', latest figures'
  }`;
}

/** The heading a printed or saved scorecard carries. */
export function scorecardPrintHeading(
  authority: string,
  nodeName: string,
  filterWords: readonly string[],
  asAt: string | undefined,
): string {
  return [
    nodeName.startsWith(authority)
      ? `${nodeName} scorecard`
      : `${authority}: ${nodeName} scorecard`,
    filterWords.length ? `filtered to ${filterWords.join(', ')}` : 'all indicators',
    asAt ? `as at ${formatPeriod(asAt)}` : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
}

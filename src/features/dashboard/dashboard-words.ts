/**
 * The dashboard's words, worked out from its filters: the page title, the words naming the
 * filters, the results line and the printed heading.
 */
import { formatPeriod } from '@/domain/periods';
import { statusLabel } from '@/domain/rating';
import type { DashboardSearch } from './dashboard-search';
import { frameworkWords } from '@/domain/frameworks';
import { kindLabels } from './labels';

/** 'Performance dashboard: Red, Adult Social Services, “care”' */
export function dashboardTitle(search: DashboardSearch, nodeName: string | undefined): string {
  const words = [
    search.status ? statusLabel(search.status) : undefined,
    nodeName,
    search.q ? `“${search.q}”` : undefined,
  ].filter((word) => word !== undefined);
  return words.length ? `Performance dashboard: ${words.join(', ')}` : 'Performance dashboard';
}

/** ['Adult Social Services', 'status Red', 'matching “care”'] */
export function filterWordsOf(search: DashboardSearch, nodeName: string | undefined): string[] {
  return [
    nodeName,
    search.status ? `status ${statusLabel(search.status)}` : undefined,
    search.framework ? frameworkWords[search.framework].name : undefined,
    search.kind ? kindLabels[search.kind].toLowerCase() : undefined,
    search.q ? `matching “${search.q}”` : undefined,
  ].filter((word): word is string => word !== undefined);
}

/** '2 indicators: status Red' */
export function resultsLine(total: number, filterWords: readonly string[]): string {
  const count = `${total} ${total === 1 ? 'indicator' : 'indicators'}`;
  return filterWords.length ? `${count}: ${filterWords.join(', ')}` : count;
}

/** 'Kent County Council: Customer & Communities Directorate, 2012' and the like, for the lead. */
export function scopeLead(
  authority: string,
  structureName: string | undefined,
  period: string | undefined,
): string {
  const scope =
    structureName === undefined
      ? authority
      : structureName.startsWith(authority)
        ? structureName
        : `${authority}: ${structureName}`;
  return `${scope}${period ? `, as at ${formatPeriod(period)}` : ', latest figures'}`;
}

/** The heading a printed or saved copy carries, so a page on its own says what it is. */
export function dashboardPrintHeading(
  authority: string,
  structureName: string | undefined,
  filterWords: readonly string[],
  asAt: string | undefined,
): string {
  return [
    `${authority}: performance dashboard`,
    structureName && !structureName.startsWith(authority) ? structureName : undefined,
    filterWords.length ? `filtered to ${filterWords.join(', ')}` : 'all indicators',
    asAt ? `as at ${formatPeriod(asAt)}` : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
}

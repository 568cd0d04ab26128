import { oneOfParam, profilesParam, searchSchema, textParam, type SearchOf } from '@/ui/navigation';

/**
 * The indicator page's URL state: which authority's figures, and chart or table.
 * `period` is the dashboard's as-at period, carried so links back keep it.
 */
export const indicatorSearchSchema = searchSchema({
  area: textParam,
  period: textParam,
  view: oneOfParam(['chart', 'table']),
  profiles: profilesParam,
  /** The period of the return being entered or reviewed, e.g. 2012-05 (links from My returns). */
  returnPeriod: textParam,
});
export type IndicatorSearch = SearchOf<typeof indicatorSearchSchema>;

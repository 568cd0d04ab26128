import * as z from 'zod/mini';
import { optionalParam, profilesParam, textParam } from '@/ui/navigation';

/**
 * The indicator page's URL state: which authority's figures, and chart or table.
 * `period` is the dashboard's as-at period, carried so links back keep it.
 */
export const indicatorSearchSchema = z.object({
  area: textParam,
  period: textParam,
  view: optionalParam(z.enum(['chart', 'table'])),
  profiles: profilesParam,
  /** The period of the return being entered or reviewed, e.g. 2012-05 (links from My returns). */
  returnPeriod: textParam,
});
export type IndicatorSearch = z.infer<typeof indicatorSearchSchema>;

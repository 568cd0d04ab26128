import { z } from 'zod';

/**
 * The indicator page's URL state: which authority's figures, and chart or table.
 * `period` is the dashboard's as-at period, carried so links back keep it.
 */
export const indicatorSearchSchema = z.object({
  area: z.string().optional().catch(undefined),
  period: z.string().optional().catch(undefined),
  view: z.enum(['chart', 'table']).optional().catch(undefined),
  /** 'paper': statuses from the paper's figures alone, without assumed target profiles. */
  profiles: z.enum(['paper']).optional().catch(undefined),
  /** The period of the return being entered or reviewed, e.g. 2012-05 (links from My returns). */
  returnPeriod: z.string().optional().catch(undefined),
});
export type IndicatorSearch = z.infer<typeof indicatorSearchSchema>;

import { EXCEPTION_KINDS } from '@/domain/aggregate';
import {
  frameworkParam,
  indicatorKindParam,
  matchingParam,
  oneOfParam,
  periodParam,
  profilesParam,
  ragStatusParam,
  searchSchema,
  textParam,
  wholeNumberParam,
  type SearchOf,
} from '@/ui/navigation';

// The default structure is chosen in the data layer, so the mock API's scenarios can use it too.
export { DEFAULT_STRUCTURE, resolveStructure } from '@/data/api/organisation-views';

const structureParam = matchingParam(/^[a-z0-9][a-z0-9-]*$/);

/**
 * Dashboard filters live in the URL so every view is a permalink and Back returns to it.
 * A bad value from a hand-edited URL is dropped instead of failing the page (search-params.ts).
 */
export const dashboardSearchSchema = searchSchema({
  structure: structureParam,
  node: textParam,
  framework: frameworkParam,
  status: ragStatusParam,
  kind: indicatorKindParam,
  q: textParam,
  period: periodParam,
  /** The folds open in a long list, by node id: `open=cfe,cfe-admissions`. */
  open: textParam,
  profiles: profilesParam,
});
export type DashboardSearch = SearchOf<typeof dashboardSearchSchema>;

export const exceptionsSearchSchema = searchSchema({
  structure: structureParam,
  node: textParam,
  framework: frameworkParam,
  period: periodParam,
  show: oneOfParam(EXCEPTION_KINDS),
  /** The page of the overdue returns list (20 a page); unset is the first. */
  overduePage: wholeNumberParam(1),
  profiles: profilesParam,
});
export type ExceptionsSearch = SearchOf<typeof exceptionsSearchSchema>;

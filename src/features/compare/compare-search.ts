import { searchSchema, textListParam, textParam, type SearchOf } from '@/ui/navigation';

/** The group id that means 'the authorities listed in `areas`'. */
export const USER_GROUP = 'user';
/** The group id that means 'every area the data holds a figure for'. */
export const ALL_GROUP = 'all';

/**
 * Everything that decides what a comparison shows lives in the URL, so a member can send the
 * exact view to a colleague: indicator, lead authority, group (or their own list), period.
 */
export const compareSearchSchema = searchSchema({
  indicator: textParam,
  area: textParam,
  group: textParam,
  period: textParam,
  /** A user-defined comparator group, kept in the URL so it is a permalink. */
  areas: textListParam,
  /** Filter text of the indicator search. */
  q: textParam,
});
export type CompareSearch = SearchOf<typeof compareSearchSchema>;

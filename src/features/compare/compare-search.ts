import { z } from 'zod';

/** The group id that means 'the authorities listed in `areas`'. */
export const USER_GROUP = 'user';
/** The group id that means 'every area the data holds a figure for'. */
export const ALL_GROUP = 'all';

/**
 * Everything that decides what a comparison shows lives in the URL, so a member can send the
 * exact view to a colleague: indicator, lead authority, group (or their own list), period.
 */
export const compareSearchSchema = z.object({
  indicator: z.string().optional().catch(undefined),
  area: z.string().optional().catch(undefined),
  group: z.string().optional().catch(undefined),
  period: z.string().optional().catch(undefined),
  /** A user-defined comparator group, kept in the URL so it is a permalink. */
  areas: z.array(z.string()).optional().catch(undefined),
  /** Filter text of the indicator search. */
  q: z.string().optional().catch(undefined),
});
export type CompareSearch = z.infer<typeof compareSearchSchema>;

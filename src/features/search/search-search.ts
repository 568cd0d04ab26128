import { searchSchema, textParam, type SearchOf } from '@/ui/navigation';

/** The words searched for live in the address, so a search can be shared and returned to. */
export const siteSearchSchema = searchSchema({
  q: textParam,
});
export type SiteSearch = SearchOf<typeof siteSearchSchema>;

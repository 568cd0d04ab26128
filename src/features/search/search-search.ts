import * as z from 'zod/mini';
import { textParam } from '@/ui/navigation';

/** The words searched for live in the address, so a search can be shared and returned to. */
export const siteSearchSchema = z.object({
  q: textParam,
});
export type SiteSearch = z.infer<typeof siteSearchSchema>;

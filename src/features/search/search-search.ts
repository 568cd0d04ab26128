import { z } from 'zod';

/** The words searched for live in the address, so a search can be shared and returned to. */
export const siteSearchSchema = z.object({
  q: z.string().optional().catch(undefined),
});
export type SiteSearch = z.infer<typeof siteSearchSchema>;

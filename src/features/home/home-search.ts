import { z } from 'zod';
import { profileChoiceSchema } from '@/data/api/contract';

/** The overview's own query: whether statuses use assumed target profiles ('paper': without). */
export const homeSearchSchema = z.object({
  profiles: profileChoiceSchema.optional().catch(undefined),
});
export type HomeSearch = z.infer<typeof homeSearchSchema>;

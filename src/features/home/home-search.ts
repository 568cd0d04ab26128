import * as z from 'zod/mini';
import { profilesParam } from '@/ui/navigation';

/** The overview's own query: whether statuses use assumed target profiles ('paper': without). */
export const homeSearchSchema = z.object({ profiles: profilesParam });
export type HomeSearch = z.infer<typeof homeSearchSchema>;

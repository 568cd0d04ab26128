import { profilesParam, searchSchema, type SearchOf } from '@/ui/navigation';

/** The overview's own query: whether statuses use assumed target profiles ('paper': without). */
export const homeSearchSchema = searchSchema({ profiles: profilesParam });
export type HomeSearch = SearchOf<typeof homeSearchSchema>;

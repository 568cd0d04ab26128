import { makeQueryClient } from '@/data/query-client';

export const queryClient = makeQueryClient();

/**
 * Who is signed in, as TanStack Query server state. Sign-in and sign-out (session-mutations.ts)
 * put the new session straight into the `me` cache entry, so the header and the Record-a-figure
 * form change at once.
 */
import { queryOptions } from '@tanstack/react-query';
import { withApiClient } from './client';

export const sessionKeys = { me: () => ['session', 'me'] as const } as const;

export function meQuery() {
  return queryOptions({
    queryKey: sessionKeys.me(),
    queryFn: ({ signal }) => withApiClient((api) => api.me(signal)),
    // Sessions change only through this app or by expiring; a minute is fresh enough.
    staleTime: 60_000,
  });
}

/**
 * Who is signed in, as TanStack Query server state. Sign-in and sign-out put the new session
 * straight into the `me` cache entry, so the header and the Record-a-figure form change at once.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from './api-error';
import type { SessionResponse, SignInRequest } from './contract';
import { getApiClient } from './transport';

export const sessionKeys = { me: () => ['session', 'me'] as const } as const;

const SIGNED_OUT: SessionResponse = { user: null, csrfToken: null };

export function meQuery() {
  return queryOptions({
    queryKey: sessionKeys.me(),
    queryFn: ({ signal }) => getApiClient().me(signal),
    // Sessions change only through this app or by expiring; a minute is fresh enough.
    staleTime: 60_000,
  });
}

/** The figures a person sees can depend on who they are (drafts), so reads are refetched. */
function useReplaceSession() {
  const queryClient = useQueryClient();
  return async (session: SessionResponse) => {
    queryClient.setQueryData(sessionKeys.me(), session);
    // Returns belong to a person: the last person's are dropped, never refetched signed out (401).
    queryClient.removeQueries({ queryKey: ['returns'] });
    await queryClient.invalidateQueries({
      predicate: (query) =>
        query.queryKey[0] !== sessionKeys.me()[0] &&
        (session.user !== null || query.queryKey[0] !== 'returns'),
    });
  };
}

export function useSignIn() {
  const replace = useReplaceSession();
  return useMutation<SessionResponse, ApiError, SignInRequest>({
    mutationKey: ['session', 'sign-in'],
    mutationFn: (body) => getApiClient().signIn(body),
    onSuccess: replace,
  });
}

export function useSignOut() {
  const replace = useReplaceSession();
  return useMutation({
    mutationKey: ['session', 'sign-out'],
    mutationFn: () => getApiClient().signOut(),
    onSuccess: () => replace(SIGNED_OUT),
  });
}

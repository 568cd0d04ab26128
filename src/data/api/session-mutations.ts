/**
 * Signing in and out. Each puts the new session straight into the `me` cache entry (session.ts),
 * so the header and the Record-a-figure form change at once. Apart from session.ts so a reader who
 * never signs in does not load the mutation code with the first view (ADR 0087).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from './api-error';
import { isPersonal } from './queries';
import { withApiClient } from './client';
import type { SessionResponse, SignInRequest } from './contract';
import { sessionKeys } from './session';

const SIGNED_OUT: SessionResponse = { user: null, csrfToken: null };

/** The figures a person sees can depend on who they are (drafts), so reads are refetched. */
function useReplaceSession() {
  const queryClient = useQueryClient();
  return async (session: SessionResponse) => {
    queryClient.setQueryData(sessionKeys.me(), session);
    // The last person's own answers go; signed out they are not asked for again (401).
    queryClient.removeQueries({ predicate: isPersonal });
    await queryClient.invalidateQueries({
      predicate: (query) => query.queryKey[0] !== sessionKeys.me()[0],
    });
  };
}

export function useSignIn() {
  const replace = useReplaceSession();
  return useMutation<SessionResponse, ApiError, SignInRequest>({
    mutationKey: ['session', 'sign-in'],
    mutationFn: (body) => withApiClient((api) => api.signIn(body)),
    onSuccess: replace,
  });
}

export function useSignOut() {
  const replace = useReplaceSession();
  return useMutation({
    mutationKey: ['session', 'sign-out'],
    mutationFn: () => withApiClient((api) => api.signOut()),
    onSuccess: () => replace(SIGNED_OUT),
  });
}

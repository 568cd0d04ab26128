/**
 * Checking and committing a returns-template batch, and undoing one. A commit or undo refreshes
 * every view a figure or definition can change. Apart from returns-batch-queries.ts so the
 * indicator page's returns in progress do not bring the mutation code (ADR 0087).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from './api-error';
import { withApiClient } from './client';
import { queryKeys } from './queries';
import type { ReturnBatchRequest, ReturnBatchResponse } from './returns-batch-contract';
import { batchKeys } from './returns-batch-queries';

function useRefreshAfterBatch() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [
        batchKeys.all(),
        queryKeys.indicators(),
        queryKeys.scorecards(),
        queryKeys.statusSummaries(),
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}

export function useReturnBatch() {
  const refresh = useRefreshAfterBatch();
  return useMutation<ReturnBatchResponse, ApiError, ReturnBatchRequest>({
    mutationKey: ['return-batches', 'send'],
    mutationFn: (body) => withApiClient((api) => api.returnBatch(body)),
    onSuccess: (_response, body) => (body.mode === 'check' ? undefined : refresh()),
  });
}

export function useUndoReturnBatch() {
  const refresh = useRefreshAfterBatch();
  return useMutation<ReturnBatchResponse, ApiError, string>({
    mutationKey: ['return-batches', 'undo'],
    mutationFn: (batchId) => withApiClient((api) => api.undoReturnBatch(batchId)),
    onSuccess: refresh,
  });
}

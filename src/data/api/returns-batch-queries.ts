/**
 * The returns-template batch as TanStack Query server state: checking and committing a batch,
 * undoing one, and the returns in progress an indicator page shows. A commit or undo refreshes
 * every view a figure or definition can change.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from './api-error';
import { queryKeys } from './queries';
import type { ReturnBatchRequest, ReturnBatchResponse } from './returns-batch-contract';
import { withApiClient } from './client';

export const batchKeys = {
  all: () => ['return-batches'] as const,
  indicator: (indicatorId: string) => ['return-batches', 'indicator', indicatorId] as const,
};

export function indicatorReturnsQuery(indicatorId: string) {
  return queryOptions({
    queryKey: batchKeys.indicator(indicatorId),
    queryFn: ({ signal }) => withApiClient((api) => api.indicatorReturns(indicatorId, signal)),
  });
}

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

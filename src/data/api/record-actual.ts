/**
 * Records a period's actual (and commentary) for an indicator. On success every view a new figure
 * can change is refetched: lists, details, scorecards, summaries, comparisons and the manifest counts.
 * In the static publication it fails with ApiError kind 'read-only' and a message saying why.
 * Apart from queries.ts so only the form that writes brings the mutation code (ADR 0087).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from './api-error';
import { withApiClient } from './client';
import type { RecordActualInput, RecordActualResponse } from './contract';
import { figureViewKeys } from './queries';

/** A figure to save; `ifMatch` is the version a correction replaces (from a 409). */
export interface RecordActualVariables {
  input: RecordActualInput;
  ifMatch?: number;
}

export function useRecordActual(indicatorId: string) {
  const queryClient = useQueryClient();
  return useMutation<RecordActualResponse, ApiError, RecordActualVariables>({
    mutationKey: ['record-actual', indicatorId],
    mutationFn: ({ input, ifMatch }) =>
      withApiClient((api) => api.recordActual(indicatorId, input, ifMatch)),
    onSuccess: () =>
      Promise.all(figureViewKeys().map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

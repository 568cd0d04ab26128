/**
 * The returns cycle as TanStack Query state: "my returns", one indicator's return with the
 * person's rights over it, and the steps (save, submit, approve, return). Every step refetches the
 * returns; approving also refetches every view a newly published figure can change.
 */
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from './api-error';
import type { OverdueQuery, ReturnResponse, ReturnStep, SaveReturnRequest } from './contract';
import { queryKeys } from './queries';
import { getApiClient } from './transport';

export const returnKeys = {
  all: () => ['returns'] as const,
  mine: (today: string | null) => ['returns', 'mine', today] as const,
  overdue: (query: OverdueQuery) =>
    ['returns', 'overdue', query.structure ?? null, query.node ?? null, query.page ?? 1] as const,
  indicator: (indicatorId: string, period: string) =>
    ['returns', 'indicator', indicatorId, period] as const,
} as const;

/** `today` left out: the server's today. */
export function myReturnsQuery(today?: string) {
  return queryOptions({
    queryKey: returnKeys.mine(today ?? null),
    queryFn: ({ signal }) => getApiClient().myReturns(today, signal),
  });
}

/** One page of the overdue returns, for a unit when the query names one. */
export function overdueReturnsQuery(query: OverdueQuery) {
  return queryOptions({
    queryKey: returnKeys.overdue(query),
    queryFn: ({ signal }) => getApiClient().overdueReturns(query, signal),
    // The next page keeps the current one on screen until it arrives.
    placeholderData: keepPreviousData,
  });
}

/** `period` '' asks only for the person's rights and the indicator's open returns. */
export function indicatorReturnQuery(indicatorId: string, period: string) {
  return queryOptions({
    queryKey: returnKeys.indicator(indicatorId, period),
    queryFn: ({ signal }) => getApiClient().indicatorReturn(indicatorId, period, signal),
  });
}

export type ReturnStepVariables =
  | { step: 'save'; period: string; value: number; commentary: string | null }
  | { step: Exclude<ReturnStep, 'return'>; period: string }
  | { step: 'return'; period: string; reason: string };

export function useReturnStep(indicatorId: string) {
  const queryClient = useQueryClient();
  return useMutation<ReturnResponse, ApiError, ReturnStepVariables>({
    mutationKey: ['return-step', indicatorId],
    mutationFn: (variables) => {
      const client = getApiClient();
      if (variables.step === 'save') {
        const body: SaveReturnRequest = {
          period: variables.period,
          value: variables.value,
          commentary: variables.commentary,
        };
        return client.saveReturn(indicatorId, body);
      }
      return client.returnStep(
        indicatorId,
        variables.period,
        variables.step,
        variables.step === 'return' ? variables.reason : undefined,
      );
    },
    onSuccess: async (response, variables) => {
      queryClient.setQueryData(returnKeys.indicator(indicatorId, variables.period), response);
      const stale: (readonly string[])[] = [returnKeys.all()];
      if (variables.step === 'approve') {
        stale.push(
          ...[
            queryKeys.indicators(),
            queryKeys.scorecards(),
            queryKeys.statusSummaries(),
            queryKeys.compare(),
            queryKeys.manifest(),
          ],
        );
      }
      await Promise.all(stale.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}

/**
 * The steps of a return: save, submit, approve, return with a reason. Every step refetches the
 * returns; approving also refetches every view a newly published figure can change. Apart from
 * returns-queries.ts so only the forms that act on a return bring the mutation code (ADR 0087).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from './api-error';
import { withApiClient } from './client';
import type { ReturnResponse, ReturnStep, SaveReturnRequest } from './contract';
import { figureViewKeys } from './queries';
import { returnKeys } from './returns-queries';

export type ReturnStepVariables =
  | { step: 'save'; period: string; value: number; commentary: string | null }
  | { step: Exclude<ReturnStep, 'return'>; period: string }
  | { step: 'return'; period: string; reason: string };

export function useReturnStep(indicatorId: string) {
  const queryClient = useQueryClient();
  return useMutation<ReturnResponse, ApiError, ReturnStepVariables>({
    mutationKey: ['return-step', indicatorId],
    mutationFn: (variables) =>
      withApiClient((client) => {
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
      }),
    onSuccess: async (response, variables) => {
      queryClient.setQueryData(returnKeys.indicator(indicatorId, variables.period), response);
      const stale: (readonly string[])[] = [returnKeys.all()];
      if (variables.step === 'approve') stale.push(...figureViewKeys());
      await Promise.all(stale.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}

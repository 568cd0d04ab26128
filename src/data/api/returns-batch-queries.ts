/**
 * The returns-template batch as TanStack Query server state: the returns in progress an indicator
 * page shows. Checking, committing and undoing a batch are in returns-batch-mutations.ts.
 */
import { queryOptions } from '@tanstack/react-query';
import { withApiClient } from './client';
import { personal } from './queries';

export const batchKeys = {
  all: () => ['return-batches'] as const,
  indicator: (indicatorId: string) => ['return-batches', 'indicator', indicatorId] as const,
};

export function indicatorReturnsQuery(indicatorId: string) {
  return queryOptions({
    ...personal,
    queryKey: batchKeys.indicator(indicatorId),
    queryFn: ({ signal }) => withApiClient((api) => api.indicatorReturns(indicatorId, signal)),
  });
}

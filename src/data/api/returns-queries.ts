/**
 * The returns cycle as TanStack Query state: "my returns", one indicator's return with the
 * person's rights over it. The steps (save, submit, approve, return) are in returns-mutations.ts.
 */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { withApiClient } from './client';
import { personal } from './queries';
import type { OverdueQuery } from './contract';

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
    ...personal,
    queryKey: returnKeys.mine(today ?? null),
    queryFn: ({ signal }) => withApiClient((api) => api.myReturns(today, signal)),
  });
}

/** One page of the overdue returns, for a unit when the query names one. */
export function overdueReturnsQuery(query: OverdueQuery) {
  return queryOptions({
    ...personal,
    queryKey: returnKeys.overdue(query),
    queryFn: ({ signal }) => withApiClient((api) => api.overdueReturns(query, signal)),
    // The next page keeps the current one on screen until it arrives.
    placeholderData: keepPreviousData,
  });
}

/** `period` '' asks only for the person's rights and the indicator's open returns. */
export function indicatorReturnQuery(indicatorId: string, period: string) {
  return queryOptions({
    ...personal,
    queryKey: returnKeys.indicator(indicatorId, period),
    queryFn: ({ signal }) =>
      withApiClient((api) => api.indicatorReturn(indicatorId, period, signal)),
  });
}

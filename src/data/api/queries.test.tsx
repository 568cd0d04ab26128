import { QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { server } from '@mocks/node';
import { setDataset, useScenario } from '@mocks/scenarios';
import { makeQueryClient } from '../query-client';
import { ApiError } from './api-error';
import {
  indicatorDetailQuery,
  indicatorListQuery,
  manifestQuery,
  scorecardQuery,
  statusSummaryQuery,
} from './queries';
import { useRecordActual } from './record-actual';

let client: QueryClient;

beforeEach(() => {
  setDataset('fixture');
  client = makeQueryClient({ retry: 'immediate' });
});

afterEach(() => {
  client.clear();
});

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

function countRequests(): { readonly count: number; paths: string[] } {
  const seen = { count: 0, paths: [] as string[] };
  server.events.on('request:start', ({ request }) => {
    seen.count += 1;
    seen.paths.push(new URL(request.url).pathname);
  });
  return seen;
}

test('a list loads, validated, with its counts', async () => {
  const { result } = renderHook(() => useQuery(indicatorListQuery({ framework: 'NI' })), {
    wrapper,
  });
  await waitFor(() => {
    expect(result.current.isSuccess).toBe(true);
  });
  expect(result.current.data?.rows.map((row) => row.indicator.id)).toEqual(['ni-125', 'ni-141']);
  expect(result.current.data?.rejected).toEqual([]);
});

test('two views asking for the same data make one request', async () => {
  const requests = countRequests();
  const { result } = renderHook(
    () => [useQuery(indicatorListQuery({ q: '' })), useQuery(indicatorListQuery({}))] as const,
    { wrapper },
  );
  await waitFor(() => {
    expect(result.current.every((query) => query.isSuccess)).toBe(true);
  });
  expect(requests.count).toBe(1);
});

test('slow: the query stays loading for two seconds, then shows the data', async () => {
  useScenario('slow');
  const started = Date.now();
  const { result } = renderHook(() => useQuery(manifestQuery()), { wrapper });
  expect(result.current.isPending).toBe(true);
  await waitFor(() => {
    expect(result.current.isSuccess).toBe(true);
  });
  expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
  expect(result.current.data?.manifest.authority.id).toBe('kent');
});

test('flaky: every third request fails with a 500 and the retry recovers', async () => {
  useScenario('flaky');
  const requests = countRequests();
  const statuses: number[] = [];
  server.events.on('response:mocked', ({ response }) => {
    statuses.push(response.status);
  });
  const { result } = renderHook(
    () => [
      useQuery(manifestQuery()),
      useQuery(indicatorListQuery({})),
      useQuery(indicatorDetailQuery('paf-c28')),
    ],
    { wrapper },
  );
  await waitFor(() => {
    expect(result.current.every((query) => query.isSuccess)).toBe(true);
  });
  expect(requests.count).toBe(4);
  expect(statuses).toEqual([200, 200, 500, 200]);
});

test('offline: retried with backoff, then an error naming what failed; Retry works once back', async () => {
  useScenario('offline');
  const requests = countRequests();
  const { result } = renderHook(() => useQuery(indicatorListQuery({})), { wrapper });
  await waitFor(() => {
    expect(result.current.isError).toBe(true);
  });
  expect(requests.count).toBe(4);
  const error = result.current.error;
  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({ kind: 'network', status: 0, isRetryable: true });
  expect(error?.message).toBe(
    'Could not load the indicator list: the service is not responding (network error).',
  );

  useScenario('normal');
  await act(() => result.current.refetch());
  expect(result.current.isSuccess).toBe(true);
});

test('malformed: one indicator’s error names it and where its data is wrong; the others load', async () => {
  useScenario('malformed', { indicatorId: 'paf-c28' });
  const requests = countRequests();
  const { result } = renderHook(
    () => ({
      broken: useQuery(indicatorDetailQuery('paf-c28')),
      fine: useQuery(indicatorDetailQuery('ni-125')),
      list: useQuery(indicatorListQuery({})),
    }),
    { wrapper },
  );
  await waitFor(() => {
    expect(
      result.current.broken.isError &&
        result.current.fine.isSuccess &&
        result.current.list.isSuccess,
    ).toBe(true);
  });
  const error = result.current.broken.error;
  expect(error).toMatchObject({ kind: 'schema', status: 200 });
  expect(error?.message).toMatch(
    /^Could not read indicator paf-c28: the response is wrong at row\.latestRating\.status: /,
  );
  // Bad data doesn't get better by asking again.
  expect(requests.paths.filter((path) => path.endsWith('/indicators/paf-c28'))).toHaveLength(1);

  const list = result.current.list.data;
  expect(list?.rows.map((row) => row.indicator.id)).not.toContain('paf-c28');
  expect(list?.rows).toHaveLength(5);
  expect(list?.rejected.map((row) => row.indicatorId)).toEqual(['paf-c28']);
  expect(list?.rejected[0]?.message).toMatch(
    /^Indicator paf-c28 could not be read: rows\[2\]\.latestRating\.status: /,
  );
});

test('malformed-all: a body that is not JSON is an error, not retried', async () => {
  useScenario('malformed-all');
  const { result } = renderHook(() => useQuery(manifestQuery()), { wrapper });
  await waitFor(() => {
    expect(result.current.isError).toBe(true);
  });
  expect(result.current.failureCount).toBe(1);
  expect(result.current.error).toMatchObject({
    kind: 'malformed',
    message: 'Could not read the dataset manifest: the service sent something that is not JSON.',
  });
});

test('empty: the dataset loads with nothing in it', async () => {
  useScenario('empty');
  const { result } = renderHook(
    () => ({ manifest: useQuery(manifestQuery()), list: useQuery(indicatorListQuery({})) }),
    { wrapper },
  );
  await waitFor(() => {
    expect(result.current.manifest.isSuccess && result.current.list.isSuccess).toBe(true);
  });
  expect(result.current.manifest.data?.counts.indicators).toBe(0);
  expect(result.current.list.data).toMatchObject({ rows: [], total: 0, counts: { total: 0 } });
});

test('a 404 is not retried and says what is missing', async () => {
  const requests = countRequests();
  const { result } = renderHook(() => useQuery(scorecardQuery('test-org', 'no-such-unit')), {
    wrapper,
  });
  await waitFor(() => {
    expect(result.current.isError).toBe(true);
  });
  expect(requests.count).toBe(1);
  expect(result.current.error).toMatchObject({
    kind: 'http',
    status: 404,
    field: 'nodeId',
    message:
      'Could not load the scorecard for no-such-unit (test-org): There is no unit "no-such-unit" in the Test organisation 2012 structure.',
  });
});

test('recording an actual refreshes the lists, details and summaries it changes', async () => {
  const { result } = renderHook(
    () => ({
      summary: useQuery(statusSummaryQuery('test-org', 'kent')),
      detail: useQuery(indicatorDetailQuery('fx-green')),
      record: useRecordActual('fx-green'),
    }),
    { wrapper },
  );
  await waitFor(() => {
    expect(result.current.summary.isSuccess && result.current.detail.isSuccess).toBe(true);
  });
  expect(result.current.summary.data?.counts.red).toBe(1);

  await act(() => result.current.record.mutateAsync({ input: { period: '2012-06', value: 70 } }));
  await waitFor(() => {
    expect(result.current.summary.data?.counts.red).toBe(2);
  });
  expect(result.current.detail.data?.row.latest).toMatchObject({ period: '2012-06', value: 70 });
});

test('recording a figure the indicator cannot have fails with a message naming the field', async () => {
  const { result } = renderHook(() => useRecordActual('fx-green'), { wrapper });
  await act(async () => {
    await result.current
      .mutateAsync({ input: { period: '2012-06', value: 120 } })
      .catch(() => undefined);
  });
  expect(result.current.error).toMatchObject({
    status: 422,
    field: 'value',
    message:
      'Could not save the figure for indicator fx-green: value 120 is not a percentage between 0 and 100.',
  });
});

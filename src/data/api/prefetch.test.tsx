import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { server } from '@mocks/node';
import { setDataset } from '@mocks/scenarios';
import { makeQueryClient } from '../query-client';
import { HOVER_INTENT_MS, usePrefetchIndicator } from './prefetch';
import { queryKeys } from './queries';

let client: QueryClient;
let requested: string[];

beforeEach(() => {
  setDataset('fixture');
  client = makeQueryClient({ retry: false });
  requested = [];
  server.events.on('request:start', ({ request }) => {
    requested.push(new URL(request.url).pathname);
  });
});

afterEach(() => {
  server.events.removeAllListeners();
  client.clear();
  vi.useRealTimers();
});

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

const settled = () =>
  vi.waitFor(() => {
    expect(client.isFetching()).toBe(0);
  });

test('focus loads the indicator into the cache once, however often it happens', async () => {
  const { result } = renderHook(() => usePrefetchIndicator(), { wrapper });
  act(() => {
    result.current('ni-125').onFocus();
  });
  await settled();
  act(() => {
    result.current('ni-125').onFocus();
  });
  await settled();
  expect(client.getQueryData(queryKeys.indicatorDetail('ni-125'))).toBeDefined();
  expect(requested).toEqual(['/api/indicators/ni-125']);
});

test('a pointer passing over fetches nothing; one that rests does', async () => {
  vi.useFakeTimers();
  const { result } = renderHook(() => usePrefetchIndicator(), { wrapper });
  const passing = result.current('ni-141');
  act(() => {
    passing.onMouseEnter();
    vi.advanceTimersByTime(HOVER_INTENT_MS / 2);
    passing.onMouseLeave();
    vi.advanceTimersByTime(HOVER_INTENT_MS);
  });
  expect(requested).toEqual([]);
  act(() => {
    result.current('paf-c28').onMouseEnter();
    vi.advanceTimersByTime(HOVER_INTENT_MS);
  });
  vi.useRealTimers();
  await settled();
  expect(requested).toEqual(['/api/indicators/paf-c28']);
});

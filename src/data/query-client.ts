/**
 * The app's QueryClient. Network failures and 5xx are retried with exponential backoff (they may
 * pass); 4xx, malformed and schema errors are not (asking again gives the same answer).
 * Figures change only when someone records one, and that invalidates what it touches, so data
 * stays fresh for five minutes and no view asks twice for what another just loaded.
 */
import { QueryClient } from '@tanstack/react-query';
import { isRetryableError } from './api/api-error';

const MAX_RETRIES = 3;
const STALE_TIME_MS = 5 * 60 * 1000;

/** 1 s, 2 s, 4 s … capped at 10 s. */
export function retryDelay(attemptIndex: number): number {
  return Math.min(1000 * 2 ** attemptIndex, 10_000);
}

export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isRetryableError(error);
}

export interface MakeQueryClientOptions {
  /** Tests turn retries off (false) or make them instant ('immediate') to keep runs fast. */
  retry?: boolean | 'immediate';
}

export function makeQueryClient(options: MakeQueryClientOptions = {}): QueryClient {
  const { retry = true } = options;
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: STALE_TIME_MS,
        retry: retry === false ? false : shouldRetry,
        retryDelay: retry === 'immediate' ? 0 : retryDelay,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

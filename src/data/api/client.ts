/**
 * The way every query and mutation reaches the API client (ADR 0087). The transports and the
 * contract's zod schemas (transport.ts) are loaded on the first request, not with the first view:
 * a page rendered ahead of time (ADR 0086) arrives with its data, so it needs neither until the
 * reader asks for something new. Import only types from transport.ts; never the module itself.
 */
import { appEnv, type TransportKind } from '@/lib/env';
import type { ApiClient } from './api-client';
import { ApiError } from './api-error';

let loading: Promise<ApiClient> | undefined;

/**
 * The client for this page load, loading its code the first time. Called at boot by a page that
 * was not rendered ahead of time, so its first fetch does not wait for the code on top.
 */
export function loadApiClient(): Promise<ApiClient> {
  loading ??= import('./transport').then(
    ({ getApiClient }) => getApiClient(),
    (cause: unknown) => {
      // Not remembered, so the query's next try (or Retry) loads it again.
      loading = undefined;
      throw new ApiError(
        'Could not load the data: the service is not responding (network error).',
        {
          kind: 'network',
          status: 0,
          url: 'transport',
          cause,
        },
      );
    },
  );
  return loading;
}

/** `queryFn: ({ signal }) => withApiClient((api) => api.manifest(signal))`. */
export function withApiClient<T>(call: (client: ApiClient) => Promise<T>): Promise<T> {
  return loadApiClient().then(call);
}

/** Which transport this page load talks to, known without loading it (src/lib/env.ts). */
export function transportKind(): TransportKind {
  return appEnv.transport;
}

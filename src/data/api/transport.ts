/**
 * The API client behind every query: one interface (api-client.ts), three transports.
 * - 'msw' and 'http' send the contract's requests to `apiBase` (http-client.ts: the mock service worker or a real server);
 * - 'static' reads the JSON shards `npm run build` writes under `${BASE_URL}api/` (static-client.ts).
 * Every response is validated against the contract schema before anyone sees it. This module and
 * the schemas it brings are loaded on the first request, never with the first view (client.ts).
 */
import { appEnv, type AppEnv } from '@/lib/env';
import type { ApiClient } from './api-client';
import { createHttpClient } from './http-client';
import { createStaticClient } from './static-client';

export type { ApiClient } from './api-client';
export { createStaticClient } from './static-client';

function createApiClient(env: Pick<AppEnv, 'transport' | 'apiBase'>): ApiClient {
  if (env.transport === 'static') return createStaticClient(env.apiBase);
  return createHttpClient(env.apiBase, env.transport);
}

let current: ApiClient | null = null;

/** The client for this page load, chosen from the environment (src/lib/env.ts). */
export function getApiClient(): ApiClient {
  current ??= createApiClient(appEnv);
  return current;
}

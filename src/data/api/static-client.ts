/**
 * Reads the static publication: the JSON shards `npm run build` writes under `${BASE_URL}api/`
 * (formats in static-shards.ts). List filtering, scorecards and summaries are done here with the
 * same functions the mock server uses, fetching only the shards a view needs; every shard is
 * validated against the contract before anyone sees it. Writes are refused (static-read-only.ts).
 */
import type { ApiClient } from './api-client';
import { staticComparisons } from './static-comparisons';
import { staticIndicatorReads } from './static-indicator-reads';
import { staticReadOnly } from './static-read-only';
import { staticRows } from './static-rows';
import { staticSource } from './static-source';

/**
 * Reads the static publication (shard formats in static-shards.ts). Every shard is fetched once per
 * client, and the validated rows of each scope and period are kept, so changing a filter, opening a
 * unit in the same directorate or going back to a period costs no request and no revalidation.
 */
export function createStaticClient(apiBase: string): ApiClient {
  const source = staticSource(apiBase);
  return {
    transport: 'static',
    manifest: source.manifest,
    organisation: source.organisation,
    ...staticIndicatorReads(source, staticRows(source)),
    ...staticComparisons(source.url),
    ...staticReadOnly(source.url),
  };
}

/**
 * The static publication's files as one client reads them: each fetched and validated once, and
 * the answer kept, so going back to a view costs no request and no revalidation.
 */
import {
  manifestResponseSchema,
  organisationResponseSchema,
  type ManifestResponse,
  type OrganisationResponse,
} from './contract';
import { fetchJson } from './fetch-json';
import { staticPaths } from './static-paths';

export interface StaticSource {
  /** The address of a file under the publication's API folder. */
  readonly url: (path: string) => string;
  /** `load()`'s promise, shared by every caller with the same key until it fails. */
  readonly once: <T>(key: string, load: () => Promise<T>) => Promise<T>;
  readonly manifest: () => Promise<ManifestResponse>;
  readonly organisation: () => Promise<OrganisationResponse>;
}

export function staticSource(apiBase: string): StaticSource {
  const shared = new Map<string, Promise<unknown>>();
  function once<T>(key: string, load: () => Promise<T>): Promise<T> {
    const cached = shared.get(key) as Promise<T> | undefined;
    if (cached) return cached;
    // A failure is not remembered, so Retry really tries again.
    const promise = load().catch((error: unknown) => {
      shared.delete(key);
      throw error;
    });
    shared.set(key, promise);
    return promise;
  }
  const url = (path: string) => `${apiBase}/${path}`;
  const manifest = () =>
    once('manifest', () =>
      fetchJson(url(staticPaths.manifest()), manifestResponseSchema, {
        what: 'the dataset manifest',
      }),
    );
  const organisation = () =>
    once('organisation', () =>
      fetchJson(url(staticPaths.organisation()), organisationResponseSchema, {
        what: 'the organisation tree',
      }),
    );
  return { url, once, manifest, organisation };
}

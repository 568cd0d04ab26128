/**
 * A `fetch` that answers the app's static API from the files the build has just written, so the
 * prerendered pages read their data through the browser's own transport and validation.
 */
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';

/** Requests under `/api/` (any host) are read from `apiDir`; anything else goes to `fallback`. */
export function answerFromFiles(apiDir: string, fallback: typeof fetch): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (!url.pathname.startsWith('/api/')) return fallback(input, init);
    const relative = normalize(decodeURIComponent(url.pathname.slice('/api/'.length)));
    if (relative.startsWith('..')) return new Response(null, { status: 404 });
    try {
      const body = await readFile(join(apiDir, relative));
      return new Response(body, { headers: { 'content-type': 'application/json' } });
    } catch {
      return new Response(null, { status: 404, statusText: 'Not Found' });
    }
  };
}

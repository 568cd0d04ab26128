/**
 * Reads an `If-Match` header holding a figure's version: `"3"`, `W/"3"` or `3`. Absent means the
 * writer expected an empty slot; anything else unreadable is a 400 naming the header.
 */
import { failure, type EngineResult } from './engine-result';

export function parseIfMatch(header: string | null | undefined): EngineResult<number | undefined> {
  if (header === null || header === undefined || header.trim() === '')
    return { ok: true, status: 200, body: undefined };
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!match?.[1])
    return failure(400, `If-Match: "${header}" is not a figure version such as "3".`, 'If-Match');
  return { ok: true, status: 200, body: Number(match[1]) };
}

/** The header value for a version, as responses send it in `ETag`. */
export const versionTag = (version: number) => `"${version}"`;

/**
 * What every part of the HTTP client (http-client.ts) is given: where the API is and how a write
 * carries the signed-in session's token (http-session.ts).
 */
import type { TransportKind } from '@/lib/env';

export interface HttpContext {
  readonly transport: Exclude<TransportKind, 'static'>;
  /** The address of a contract path (and its query string) under the API base. */
  readonly url: (path: string, query?: string) => string;
  /** The headers a write sends: `extra` and the session's CSRF token once it is known. */
  readonly writeHeaders: (
    extra?: Readonly<Record<string, string>>,
  ) => Promise<Readonly<Record<string, string>>>;
}

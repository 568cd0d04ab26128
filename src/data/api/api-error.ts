import type { ConflictErrorBody } from './contract';

/**
 * Every failure the data layer reports. `kind` decides retries (network and 5xx retry, the rest
 * don't) and lets views word the problem; `message` is already a sentence a person can read.
 */
export type ApiErrorKind =
  /** No response at all: offline, DNS, CORS, connection reset. */
  | 'network'
  /** The server answered with a 4xx or 5xx status. */
  | 'http'
  /** The body was not JSON. */
  | 'malformed'
  /** JSON that does not match the contract schema. */
  | 'schema'
  /** The action needs a live API and this copy is a static publication. */
  | 'read-only';

export interface ApiErrorIssue {
  /** Where in the response (or request) the problem is, e.g. `row.latest.value`. Empty for the whole body. */
  path: string;
  message: string;
}

export interface ApiErrorOptions {
  kind: ApiErrorKind;
  /** HTTP status; 0 when there was no response. */
  status: number;
  url: string;
  /** The request field a 4xx names (e.g. 'period', 'value'). */
  field?: string;
  issues?: ApiErrorIssue[];
  /** A 409's two values: what is stored now and what this request tried to save. */
  conflict?: ConflictErrorBody;
  /** The service's own sentence for a 4xx (without "Could not save …:"), for showing beside a field. */
  serverMessage?: string;
  cause?: unknown;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  readonly url: string;
  readonly field: string | undefined;
  readonly issues: ApiErrorIssue[];
  readonly conflict: ConflictErrorBody | undefined;
  readonly serverMessage: string | undefined;

  constructor(message: string, options: ApiErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ApiError';
    this.kind = options.kind;
    this.status = options.status;
    this.url = options.url;
    this.field = options.field;
    this.issues = options.issues ?? [];
    this.conflict = options.conflict;
    this.serverMessage = options.serverMessage;
  }

  /** Worth another try: the network dropped or the server failed, not our request or its data. */
  get isRetryable(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && this.status >= 500);
  }
}

/** Retry only what might succeed next time; anything that isn't an ApiError is a bug, not a blip. */
export function isRetryableError(error: unknown): boolean {
  return error instanceof ApiError && error.isRetryable;
}

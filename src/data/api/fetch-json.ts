/**
 * The one way the app reads and writes over HTTP: fetch, check the status, parse, validate with a
 * contract schema. Whatever goes wrong becomes an ApiError whose message says what was being
 * loaded and, for bad data, where in the response the problem is.
 */
import type { z } from 'zod';
import { formatPath } from '../contract/assemble-dataset';
import { ApiError, type ApiErrorIssue } from './api-error';
import { apiErrorSchema, conflictErrorSchema } from './contract';

export interface FetchJsonOptions {
  /** What is being loaded, for messages: 'the indicator list', 'indicator paf-c28'. */
  what: string;
  signal?: AbortSignal | undefined;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Extra request headers, e.g. `If-Match` for a correction. */
  headers?: Readonly<Record<string, string>>;
}

/** Relative URLs need a base outside the browser (Vitest, Node scripts). */
export function toAbsoluteUrl(url: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  const base = typeof location === 'undefined' ? 'http://localhost/' : location.href;
  return new URL(url, base).toString();
}

export function describeIssues(error: z.ZodError): ApiErrorIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
}

function summariseIssues(issues: ApiErrorIssue[]): string {
  const [first] = issues;
  if (!first) return 'it does not match the contract';
  const where = first.path === '' ? 'the whole response' : first.path;
  const more =
    issues.length > 1
      ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})`
      : '';
  return `the response is wrong at ${where}: ${first.message}${more}`;
}

async function errorFromResponse(
  response: Response,
  verb: string,
  what: string,
  url: string,
): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A failing server may not send JSON; the status alone still says what happened.
  }
  const parsed = apiErrorSchema.safeParse(body);
  const conflict = response.status === 409 ? conflictErrorSchema.safeParse(body) : null;
  const detail = parsed.success
    ? parsed.data.error
    : `the service answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  return new ApiError(`${verb} ${what}: ${detail}`, {
    kind: 'http',
    status: response.status,
    url,
    ...(parsed.success && parsed.data.field !== undefined ? { field: parsed.data.field } : {}),
    ...(conflict?.success ? { conflict: conflict.data } : {}),
    ...(parsed.success ? { serverMessage: parsed.data.error } : {}),
  });
}

export async function fetchJson<S extends z.ZodType>(
  url: string,
  schema: S,
  options: FetchJsonOptions,
): Promise<z.output<S>> {
  const { what, signal, method = 'GET', body, headers: extra = {} } = options;
  const absolute = toAbsoluteUrl(url);
  const verb =
    method === 'GET'
      ? 'Could not load'
      : method === 'DELETE'
        ? 'Could not remove'
        : 'Could not save';
  let response: Response;
  try {
    response = await fetch(absolute, {
      method,
      headers:
        body === undefined
          ? { accept: 'application/json', ...extra }
          : { accept: 'application/json', 'content-type': 'application/json', ...extra },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      // The session cookie goes with every request to our own origin, never to another site.
      credentials: 'same-origin',
      ...(signal ? { signal } : {}),
    });
  } catch (cause) {
    // Cancellation is TanStack Query's business, not an error to show.
    if (signal?.aborted) throw cause;
    return Promise.reject(
      new ApiError(`${verb} ${what}: the service is not responding (network error).`, {
        kind: 'network',
        status: 0,
        url,
        cause,
      }),
    );
  }
  if (!response.ok) throw await errorFromResponse(response, verb, what, url);

  let json: unknown;
  try {
    // 204 No Content (sign-out) has no body: it validates as null.
    json = response.status === 204 ? null : await response.json();
  } catch (cause) {
    throw new ApiError(`Could not read ${what}: the service sent something that is not JSON.`, {
      kind: 'malformed',
      status: response.status,
      url,
      issues: [{ path: '', message: 'not valid JSON' }],
      cause,
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error);
    throw new ApiError(`Could not read ${what}: ${summariseIssues(issues)}.`, {
      kind: 'schema',
      status: response.status,
      url,
      issues,
      cause: parsed.error,
    });
  }
  return parsed.data;
}

import type { ApiErrorBody } from '@/data/api/contract';

/** What an endpoint answers: a body with a success status, or an error body naming the field. */
export type EngineResult<T> =
  | { ok: true; status: 200 | 201; body: T }
  | { ok: false; status: 400 | 404 | 405 | 422; body: ApiErrorBody };

export function success<T>(body: T, status: 200 | 201 = 200): EngineResult<T> {
  return { ok: true, status, body };
}

export function failure<T>(
  status: 400 | 404 | 405 | 422,
  error: string,
  field?: string,
): EngineResult<T> {
  return { ok: false, status, body: field === undefined ? { error } : { error, field } };
}

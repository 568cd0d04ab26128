import type { ApiErrorBody, ConflictErrorBody } from '@/data/api/contract';

export type FailureStatus = 400 | 401 | 404 | 405 | 409 | 422;

/** What an endpoint answers: a body with a success status, or an error body naming the field. */
export type EngineResult<T> =
  | { ok: true; status: 200 | 201; body: T }
  | { ok: false; status: FailureStatus; body: ApiErrorBody | ConflictErrorBody };

export function success<T>(body: T, status: 200 | 201 = 200): EngineResult<T> {
  return { ok: true, status, body };
}

export function failure<T>(status: FailureStatus, error: string, field?: string): EngineResult<T> {
  return { ok: false, status, body: field === undefined ? { error } : { error, field } };
}

export function conflict<T>(body: ConflictErrorBody): EngineResult<T> {
  return { ok: false, status: 409, body };
}

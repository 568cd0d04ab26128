import { ApiError, type ApiErrorKind } from './api/api-error';
import { retryDelay, shouldRetry } from './query-client';

const error = (kind: ApiErrorKind, status: number) =>
  new ApiError('x', { kind, status, url: '/api/x' });

test.each([
  ['a network failure', error('network', 0), true],
  ['a 500', error('http', 500), true],
  ['a 503', error('http', 503), true],
  ['a 404', error('http', 404), false],
  ['a 422', error('http', 422), false],
  ['a body that is not JSON', error('malformed', 200), false],
  ['data that breaks the contract', error('schema', 200), false],
  ['a write refused by the static copy', error('read-only', 0), false],
  ['an error that is not ours', new TypeError('bug'), false],
])('%s is retried: %s', (_case, failure, retried) => {
  expect(shouldRetry(0, failure)).toBe(retried);
});

test('retries stop after three attempts and back off exponentially', () => {
  expect(shouldRetry(3, error('network', 0))).toBe(false);
  expect([0, 1, 2, 3, 4, 5].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 10000, 10000]);
});

import { describeLoadError } from './error-words';

/** Shaped like the data layer's ApiError, which shared UI recognises by its kind and status. */
const error = (
  kind: 'network' | 'http' | 'malformed' | 'schema',
  status: number,
  message = 'Could not load unit x-1: detail',
) => Object.assign(new Error(message), { name: 'ApiError', kind, status, url: '/api/x' });

test.each([
  ['a missing thing', error('http', 404), 'Page not found', false, true],
  [
    'a dropped connection',
    error('network', 0),
    'Sorry, this unit could not be loaded',
    true,
    false,
  ],
  ['a failing server', error('http', 503), 'Sorry, this unit could not be loaded', true, false],
  ['a refused request', error('http', 400), 'Sorry, this unit could not be loaded', false, false],
  [
    'data in the wrong shape',
    error('schema', 200),
    'Sorry, this unit could not be loaded',
    false,
    false,
  ],
  [
    'a body that is not JSON',
    error('malformed', 200),
    'Sorry, this unit could not be loaded',
    false,
    false,
  ],
  ['a bug', new Error('boom'), 'Sorry, this unit could not be shown', true, false],
] as const)('%s: “%s”, retry %s, not found %s', (_, failure, title, canRetry, notFound) => {
  const words = describeLoadError(failure, 'this unit');
  expect(words.title).toBe(title);
  expect(words.canRetry).toBe(canRetry);
  expect(words.notFound).toBe(notFound);
  // Internal ids stay in the technical detail, never in the sentence people read.
  expect(words.text).not.toMatch(/x-1|\/api/);
  expect(words.detail).toBe(failure.message);
});

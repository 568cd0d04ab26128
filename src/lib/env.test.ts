import { resolveEnv } from './env';

test.each([
  [
    { DEV: true, BASE_URL: '/' },
    { transport: 'msw', apiBase: '/api', useMsw: true },
  ],
  [
    { MODE: 'test', BASE_URL: '/' },
    { transport: 'msw', apiBase: '/api', useMsw: true },
  ],
  [
    { PROD: true, BASE_URL: '/' },
    { transport: 'static', apiBase: '/api', useMsw: false },
  ],
  [
    { PROD: true, BASE_URL: '/ragstone/' },
    { transport: 'static', apiBase: '/ragstone/api', useMsw: false },
  ],
  [
    { PROD: true, VITE_USE_MSW: 'true', BASE_URL: '/' },
    { transport: 'msw', apiBase: '/api', useMsw: true },
  ],
  [
    { PROD: true, VITE_API_URL: 'https://performance.example.gov.uk/api/', BASE_URL: '/' },
    { transport: 'http', apiBase: 'https://performance.example.gov.uk/api', useMsw: false },
  ],
  [
    { DEV: true, VITE_API_URL: 'https://x.example/api', BASE_URL: '/' },
    { transport: 'http', useMsw: false },
  ],
  [
    { DEV: true, VITE_API_TRANSPORT: 'static', BASE_URL: '/' },
    { transport: 'static', useMsw: false },
  ],
])('%j chooses %j', (source, expected) => {
  expect(resolveEnv(source)).toMatchObject(expected);
});

test('a scenario can be set at build time', () => {
  expect(resolveEnv({ DEV: true, VITE_MSW_SCENARIO: 'flaky' }).mswScenario).toBe('flaky');
});

import { resolveEnv, withServedTransport } from './env';

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

describe('served by the Ragstone server', () => {
  const page = (content: string | null) => {
    const doc = document.implementation.createHTMLDocument('Ragstone');
    if (content !== null) {
      const meta = doc.createElement('meta');
      meta.setAttribute('name', 'ragstone-transport');
      meta.setAttribute('content', content);
      doc.head.append(meta);
    }
    return doc;
  };
  const production = resolveEnv({ PROD: true, BASE_URL: '/' });

  test('the transport meta switches a production build to the live API at its own /api', () => {
    expect(withServedTransport(production, page('http'))).toMatchObject({
      transport: 'http',
      apiBase: '/api',
      useMsw: false,
    });
  });

  test('without the meta the same build reads the static publication', () => {
    expect(withServedTransport(production, page(null))).toEqual(production);
    expect(withServedTransport(production, undefined)).toEqual(production);
  });

  test('development keeps the mock service even if a page says otherwise', () => {
    const development = resolveEnv({ DEV: true, BASE_URL: '/' });
    expect(withServedTransport(development, page('http'))).toEqual(development);
  });
});

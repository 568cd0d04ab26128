/**
 * Which transport the app talks to, decided once from Vite's env:
 * - `VITE_API_URL` set → 'http' against that server;
 * - `VITE_API_TRANSPORT` = msw | static | http forces one (http still needs VITE_API_URL);
 * - development, tests or `VITE_USE_MSW=true` → 'msw' (the mock service worker answers /api);
 * - otherwise (the production build) → 'static' JSON shards under `${BASE_URL}api/`.
 */
export type TransportKind = 'msw' | 'static' | 'http';

export interface AppEnv {
  transport: TransportKind;
  /** Base of every API path, without a trailing slash: '/api', '/ragstone/api' or 'https://…/api'. */
  apiBase: string;
  /** True when the mock service worker should be started before the app renders. */
  useMsw: boolean;
  /** A mock scenario requested at build time (VITE_MSW_SCENARIO); the URL can override it. */
  mswScenario: string | undefined;
}

type EnvSource = Readonly<Record<string, unknown>>;

function text(source: EnvSource, key: string): string | undefined {
  const value = source[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function flag(source: EnvSource, key: string): boolean {
  const value = source[key];
  return value === true || value === 'true' || value === '1';
}

const withoutTrailingSlash = (value: string) => value.replace(/\/+$/, '');

export function resolveEnv(source: EnvSource): AppEnv {
  const baseUrl = text(source, 'BASE_URL') ?? '/';
  const localApi = `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}api`;
  const apiUrl = text(source, 'VITE_API_URL');
  const forced = text(source, 'VITE_API_TRANSPORT');
  const development = flag(source, 'DEV') || source.MODE === 'test';
  const mswScenario = text(source, 'VITE_MSW_SCENARIO');

  if (apiUrl !== undefined && forced !== 'msw' && forced !== 'static') {
    return { transport: 'http', apiBase: withoutTrailingSlash(apiUrl), useMsw: false, mswScenario };
  }
  if (forced === 'static') {
    return { transport: 'static', apiBase: localApi, useMsw: false, mswScenario };
  }
  if (forced === 'msw' || flag(source, 'VITE_USE_MSW') || development) {
    return { transport: 'msw', apiBase: localApi, useMsw: true, mswScenario };
  }
  return { transport: 'static', apiBase: localApi, useMsw: false, mswScenario };
}

/**
 * The Ragstone server adds `<meta name="ragstone-transport" content="http">` to index.html when it
 * serves the app, so the same build talks to the live API at its own `/api` there and reads the
 * static shards anywhere else (no inline script needed, so the CSP stays strict).
 */
export function withServedTransport(
  env: AppEnv,
  doc: Pick<Document, 'querySelector'> | undefined,
): AppEnv {
  const meta = doc?.querySelector('meta[name="ragstone-transport"]');
  if (meta?.getAttribute('content') !== 'http' || env.transport === 'msw') return env;
  return { ...env, transport: 'http', useMsw: false };
}

export const appEnv: AppEnv = withServedTransport(
  resolveEnv(import.meta.env),
  typeof document === 'undefined' ? undefined : document,
);

/**
 * The Ragstone server renders a page's first view with this same code (server/http/page-render.ts):
 * there the live API answers, as it does for the page in the browser. Called once, before any request.
 */
export function renderWithLiveApi(): void {
  appEnv.transport = 'http';
  appEnv.useMsw = false;
}

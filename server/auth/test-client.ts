/** A browser-like client for Hono apps in tests: keeps the session cookie and the CSRF token. */
/** Any Hono app, whatever its variables. */
interface Requestable {
  request(input: string, init: RequestInit): Response | Promise<Response>;
}

export const ORIGIN = 'http://ragstone.test';

export class TestBrowser {
  cookie: string | null = null;
  csrfToken: string | null = null;

  constructor(
    private readonly app: Requestable,
    /** Where the accounts routes are mounted: '' standalone, '/api' in the server. */
    private readonly base = '',
  ) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const response = await this.app.request(`${ORIGIN}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(method === 'GET' ? {} : { origin: ORIGIN }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const set = response.headers.get('set-cookie');
    if (set) {
      const [pair] = set.split(';');
      this.cookie = pair?.endsWith('=') ? null : (pair ?? null);
    }
    return response;
  }

  async signIn(email: string, password: string): Promise<Response> {
    const response = await this.request('POST', `${this.base}/auth/sign-in`, { email, password });
    if (response.ok) {
      const body = (await response.clone().json()) as { csrfToken: string | null };
      this.csrfToken = body.csrfToken;
    }
    return response;
  }
}

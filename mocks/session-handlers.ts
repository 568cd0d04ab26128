/**
 * /auth/me, /auth/sign-in and /auth/sign-out for `npm run dev` and component tests. There is one
 * account, a development person whose name says so, and it starts signed in so the mock service
 * can record figures straight away. Requests and answers go through the same zod contract as the
 * real server (server/auth/routes.ts), and writes need the session's CSRF token as they do there.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { sessionResponseSchema, signInRequestSchema, type User } from '@/data/api/contract';

export const DEVELOPMENT_PERSON: User = {
  id: 'mock-user',
  email: 'dev@ragstone.invalid',
  name: 'Development person (mock service)',
  grants: [{ role: 'administrator' }],
};
export const DEVELOPMENT_PASSWORD = 'development only';
export const MOCK_CSRF_TOKEN = 'mock-csrf-token';
const NOT_RECOGNISED = 'That email address and password do not match an account.';

const session: { signedIn: boolean; person: User } = {
  signedIn: true,
  person: DEVELOPMENT_PERSON,
};

/** test/setup.ts (through resetMocks) starts every test signed in as the development person. */
export function resetMockSession(signedIn = true): void {
  session.signedIn = signedIn;
  session.person = DEVELOPMENT_PERSON;
}

/** Test helper: sign in as someone else (a contributor for one unit, a viewer…) for this test. */
export function signInMockPerson(person: User): void {
  session.signedIn = true;
  session.person = person;
}

/** Who is signed in to the mock service, or null. */
export function currentMockPerson(): User | null {
  return session.signedIn ? session.person : null;
}

/** Signs the development person in with other rights (a test of what a non-administrator sees). */
export function setMockGrants(grants: User['grants']): void {
  session.signedIn = true;
  session.person = { ...DEVELOPMENT_PERSON, grants };
}

export function isMockSignedIn(): boolean {
  return session.signedIn;
}

const sessionBody = () =>
  sessionResponseSchema.parse(
    session.signedIn
      ? { user: session.person, csrfToken: MOCK_CSRF_TOKEN }
      : { user: null, csrfToken: null },
  );

/** The server's rule for writes: 401 signed out, 403 without the session's CSRF token. */
export function refuseWrite(request: Request): Response | null {
  if (!session.signedIn) {
    return HttpResponse.json({ error: 'Sign in to change figures.' }, { status: 401 });
  }
  if (request.headers.get('x-csrf-token') !== MOCK_CSRF_TOKEN) {
    return HttpResponse.json(
      { error: 'This request is missing its security token.', field: 'X-CSRF-Token' },
      { status: 403 },
    );
  }
  return null;
}

export function createSessionHandlers(base: string): HttpHandler[] {
  return [
    http.get(`${base}/auth/me`, () => HttpResponse.json(sessionBody())),
    http.post(`${base}/auth/sign-in`, async ({ request }) => {
      const parsed = signInRequestSchema.safeParse(await request.json().catch(() => undefined));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return HttpResponse.json(
          {
            error: issue?.message ?? 'Enter your email address and password.',
            field: String(issue?.path[0] ?? 'body'),
          },
          { status: 422 },
        );
      }
      const { email, password } = parsed.data;
      if (email.toLowerCase() !== DEVELOPMENT_PERSON.email || password !== DEVELOPMENT_PASSWORD) {
        return HttpResponse.json({ error: NOT_RECOGNISED }, { status: 401 });
      }
      session.signedIn = true;
      session.person = DEVELOPMENT_PERSON;
      return HttpResponse.json(sessionBody());
    }),
    http.post(`${base}/auth/sign-out`, () => {
      session.signedIn = false;
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}

/**
 * The signed-in session over HTTP: who is signed in, signing in and out, and the CSRF token that
 * every write carries (the server's answer to /auth/me or a sign-in holds it).
 */
import type { ApiClient } from './api-client';
import { accountPaths, sessionResponseSchema, type SessionResponse } from './contract';
import { z } from 'zod';
import { fetchJson } from './fetch-json';
import type { HttpContext } from './http-context';

export interface HttpSession {
  readonly accounts: Pick<ApiClient, 'me' | 'signIn' | 'signOut'>;
  readonly writeHeaders: HttpContext['writeHeaders'];
}

export function httpSession(url: HttpContext['url']): HttpSession {
  /** The signed-in session's token, from the last /auth/me or sign-in answer; sent on every write. */
  let csrfToken: string | null = null;
  const remember = (session: SessionResponse) => {
    csrfToken = session.csrfToken;
    return session;
  };
  const readSession = async (signal?: AbortSignal) =>
    remember(
      await fetchJson(url(accountPaths.me()), sessionResponseSchema, {
        what: 'who is signed in',
        signal,
      }),
    );
  /** A write before anything asked who is signed in fetches the token first. */
  const writeHeaders = async (extra: Readonly<Record<string, string>> = {}) => {
    if (csrfToken === null) await readSession().catch(() => undefined);
    return csrfToken === null ? extra : { ...extra, 'x-csrf-token': csrfToken };
  };
  const accounts: HttpSession['accounts'] = {
    me: readSession,
    signIn: async (body) =>
      remember(
        await fetchJson(url(accountPaths.signIn()), sessionResponseSchema, {
          what: 'your sign-in',
          method: 'POST',
          body,
          headers: await writeHeaders(),
        }),
      ),
    signOut: async () => {
      await fetchJson(url(accountPaths.signOut()), z.null(), {
        what: 'your sign-out',
        method: 'POST',
        headers: await writeHeaders(),
      });
      csrfToken = null;
    },
  };
  return { accounts, writeHeaders };
}

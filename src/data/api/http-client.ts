/**
 * Speaks the contract over HTTP: used for the mock service worker and for a real API server.
 * One part a resource, each validating every answer against the contract's schema; the session
 * part holds the CSRF token the writing parts send.
 */
import type { ApiClient } from './api-client';
import { httpComparisons } from './http-comparisons';
import type { HttpContext } from './http-context';
import { httpFigureWrites } from './http-figure-writes';
import { httpIndicatorReads } from './http-indicator-reads';
import { httpReturns } from './http-returns';
import { httpSession } from './http-session';

export function createHttpClient(
  apiBase: string,
  transport: HttpContext['transport'] = 'http',
): ApiClient {
  const url = (path: string, query = '') => `${apiBase}${path}${query}`;
  const { accounts, writeHeaders } = httpSession(url);
  const context: HttpContext = { transport, url, writeHeaders };
  return {
    transport,
    ...httpIndicatorReads(context),
    ...httpComparisons(context),
    ...httpFigureWrites(context),
    ...httpReturns(context),
    ...accounts,
  };
}

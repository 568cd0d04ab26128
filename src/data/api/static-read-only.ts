/**
 * The part of the static publication's client that would write, sign in or keep returns: a static
 * copy holds only published figures and has no accounts, so each says why it cannot, as an
 * ApiError of kind 'read-only' (or answers "nothing" where nothing is the truth: nobody signed in,
 * no returns in progress, no benchmark imports kept).
 */
import type { ApiClient } from './api-client';
import { ApiError } from './api-error';
import { STATIC_HISTORY_MESSAGE, STATIC_WRITE_MESSAGE } from './contract';

const STATIC_SIGN_IN_MESSAGE =
  'This copy of Ragstone is a static publication, so there is nothing to sign in to.';

const STATIC_RETURNS_MESSAGE =
  'This copy of Ragstone is a static publication of approved figures, so it has no returns to enter or approve.';

type ReadOnlyPart = Omit<
  ApiClient,
  | 'transport'
  | 'manifest'
  | 'organisation'
  | 'indicatorList'
  | 'indicatorDetail'
  | 'scorecard'
  | 'statusSummary'
  | 'comparableIndicators'
  | 'comparison'
  | 'comparisonFigures'
>;

/** `url` turns a path under the publication's API folder into the address a message names. */
export function staticReadOnly(url: (path: string) => string): ReadOnlyPart {
  const refuse = (message: string, path: string) =>
    Promise.reject(new ApiError(message, { kind: 'read-only', status: 0, url: url(path) }));
  const noReturns = (path: string) => refuse(STATIC_RETURNS_MESSAGE, path);
  return {
    recordActual: (indicatorId) =>
      refuse(STATIC_WRITE_MESSAGE, `indicators/${indicatorId}/actuals`),
    history: (indicatorId) => refuse(STATIC_HISTORY_MESSAGE, `indicators/${indicatorId}/history`),
    returnBatch: () => refuse(STATIC_WRITE_MESSAGE, 'return-batches'),
    undoReturnBatch: () => refuse(STATIC_WRITE_MESSAGE, 'return-batches'),
    indicatorReturns: () => Promise.resolve({ returns: [] }),
    // A static publication has no accounts: nobody is ever signed in to it.
    me: () => Promise.resolve({ user: null, csrfToken: null }),
    signIn: () => refuse(STATIC_SIGN_IN_MESSAGE, 'auth'),
    signOut: () => Promise.resolve(),
    myReturns: () => noReturns('returns/mine'),
    overdueReturns: () => noReturns('returns/overdue'),
    indicatorReturn: (indicatorId) => noReturns(`returns/${indicatorId}`),
    saveReturn: (indicatorId) => noReturns(`returns/${indicatorId}`),
    returnStep: (indicatorId) => noReturns(`returns/${indicatorId}`),
    benchmarkImports: () => Promise.resolve(null),
    addBenchmarkImport: () => refuse(STATIC_WRITE_MESSAGE, 'imports'),
    removeBenchmarkImport: () => refuse(STATIC_WRITE_MESSAGE, 'imports'),
  };
}

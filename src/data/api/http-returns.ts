/** Returns over HTTP: the person's returns, the overdue ones, and one return's entry and steps. */
import type { ApiClient } from './api-client';
import {
  myReturnsResponseSchema,
  overdueReturnsResponseSchema,
  returnPaths,
  returnResponseSchema,
} from './contract';
import { fetchJson } from './fetch-json';
import type { HttpContext } from './http-context';
import { toQueryString } from './query-string';

type Returns = Pick<
  ApiClient,
  'myReturns' | 'overdueReturns' | 'indicatorReturn' | 'saveReturn' | 'returnStep'
>;

export function httpReturns({ url, writeHeaders }: HttpContext): Returns {
  return {
    myReturns: (today, signal) =>
      fetchJson(url(returnPaths.mine(), toQueryString({ today })), myReturnsResponseSchema, {
        what: 'your returns',
        signal,
      }),
    overdueReturns: ({ structure, node, page, today }, signal) =>
      fetchJson(
        url(
          returnPaths.overdue(),
          toQueryString({
            structure,
            node,
            page: page === undefined ? undefined : String(page),
            today,
          }),
        ),
        overdueReturnsResponseSchema,
        { what: 'the overdue returns', signal },
      ),
    indicatorReturn: (indicatorId, period, signal) =>
      fetchJson(
        url(returnPaths.one(indicatorId), toQueryString({ period })),
        returnResponseSchema,
        {
          what: `the return for indicator ${indicatorId}`,
          signal,
        },
      ),
    saveReturn: async (indicatorId, body) =>
      fetchJson(url(returnPaths.one(indicatorId)), returnResponseSchema, {
        what: `the return for indicator ${indicatorId}`,
        method: 'PUT',
        body,
        headers: await writeHeaders(),
      }),
    returnStep: async (indicatorId, period, step, reason) =>
      fetchJson(
        url(returnPaths.act(indicatorId, step), toQueryString({ period })),
        returnResponseSchema,
        {
          what: `the return for indicator ${indicatorId}`,
          method: 'POST',
          ...(step === 'return' ? { body: { reason: reason ?? '' } } : {}),
          headers: await writeHeaders(),
        },
      ),
  };
}

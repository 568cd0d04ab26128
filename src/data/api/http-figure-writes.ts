/**
 * Recording figures over HTTP: one figure, a returns template's batch (and its undo), and what
 * shows the changes (an indicator's history and its returns in progress).
 */
import type { ApiClient } from './api-client';
import {
  batchPaths,
  indicatorReturnsResponseSchema,
  returnBatchResponseSchema,
} from './returns-batch-contract';
import { apiPaths, historyResponseSchema, recordActualResponseSchema } from './contract';
import { fetchJson } from './fetch-json';
import type { HttpContext } from './http-context';
import { toQueryString } from './query-string';

type FigureWrites = Pick<
  ApiClient,
  'recordActual' | 'history' | 'returnBatch' | 'undoReturnBatch' | 'indicatorReturns'
>;

export function httpFigureWrites({ url, writeHeaders }: HttpContext): FigureWrites {
  return {
    recordActual: async (indicatorId, body, ifMatch) =>
      fetchJson(url(apiPaths.recordActual(indicatorId)), recordActualResponseSchema, {
        what: `the figure for indicator ${indicatorId}`,
        method: 'POST',
        body,
        headers: await writeHeaders(ifMatch === undefined ? {} : { 'if-match': `"${ifMatch}"` }),
      }),
    history: (indicatorId, area, signal) =>
      fetchJson(
        url(apiPaths.history(indicatorId), toQueryString({ area })),
        historyResponseSchema,
        { what: `the history of indicator ${indicatorId}`, signal },
      ),
    returnBatch: async (body) =>
      fetchJson(url(batchPaths.batches()), returnBatchResponseSchema, {
        what: `the import of ${body.fileName}`,
        method: 'POST',
        body,
        headers: await writeHeaders(),
      }),
    undoReturnBatch: async (batchId) =>
      fetchJson(url(batchPaths.undo(batchId)), returnBatchResponseSchema, {
        what: 'the undo of the import',
        method: 'POST',
        headers: await writeHeaders(),
      }),
    indicatorReturns: (indicatorId, signal) =>
      fetchJson(url(batchPaths.forIndicator(indicatorId)), indicatorReturnsResponseSchema, {
        what: `the returns in progress for indicator ${indicatorId}`,
        signal,
      }),
  };
}

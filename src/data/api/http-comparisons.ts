/**
 * Comparisons over HTTP: the comparable indicators, one indicator's comparison and a period's
 * figures, and the benchmark imports a server keeps (ADR 0053).
 */
import type { ApiClient } from './api-client';
import { ApiError } from './api-error';
import {
  apiPaths,
  benchmarkImportPaths,
  benchmarkImportResponseSchema,
  benchmarkImportsResponseSchema,
  comparableIndicatorsResponseSchema,
  comparisonFiguresResponseSchema,
  comparisonResponseSchema,
} from './contract';
import { z } from 'zod';
import { fetchJson } from './fetch-json';
import type { HttpContext } from './http-context';
import { toQueryString } from './query-string';

type Comparisons = Pick<
  ApiClient,
  | 'comparableIndicators'
  | 'comparison'
  | 'comparisonFigures'
  | 'benchmarkImports'
  | 'addBenchmarkImport'
  | 'removeBenchmarkImport'
>;

export function httpComparisons({ transport, url, writeHeaders }: HttpContext): Comparisons {
  return {
    comparableIndicators: (signal) =>
      fetchJson(url(apiPaths.comparableIndicators()), comparableIndicatorsResponseSchema, {
        what: 'the list of comparable indicators',
        signal,
      }),
    comparison: (indicatorId, signal) =>
      fetchJson(url(apiPaths.comparison(indicatorId)), comparisonResponseSchema, {
        what: `the comparison for indicator ${indicatorId}`,
        signal,
      }),
    comparisonFigures: (indicatorId, period, signal) =>
      fetchJson(
        url(apiPaths.comparisonFigures(indicatorId), toQueryString({ period })),
        comparisonFiguresResponseSchema,
        { what: `the figures for ${period} of the comparison for ${indicatorId}`, signal },
      ),
    benchmarkImports: async (signal) => {
      // The mock service worker stands in for a server but keeps nothing between page loads.
      if (transport === 'msw') return null;
      try {
        return await fetchJson(url(benchmarkImportPaths.list()), benchmarkImportsResponseSchema, {
          what: 'the benchmark imports',
          signal,
        });
      } catch (error) {
        // No such endpoint: a server without accounts. Signed out of a private server: nothing to show.
        if (error instanceof ApiError && error.status === 404) return null;
        if (error instanceof ApiError && error.status === 401)
          return { imports: [], mayAdd: false };
        throw error;
      }
    },
    addBenchmarkImport: async (body) =>
      (
        await fetchJson(url(benchmarkImportPaths.add()), benchmarkImportResponseSchema, {
          what: `the import of ${body.fileName}`,
          method: 'POST',
          body,
          headers: await writeHeaders(),
        })
      ).import,
    removeBenchmarkImport: async (id) => {
      await fetchJson(url(benchmarkImportPaths.remove(id)), z.null(), {
        what: 'the import',
        method: 'DELETE',
        headers: await writeHeaders(),
      });
    },
  };
}

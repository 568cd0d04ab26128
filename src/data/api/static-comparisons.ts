/** The comparisons of the static publication: written by the build whole, read as they are. */
import type { ApiClient } from './api-client';
import {
  comparableIndicatorsResponseSchema,
  comparisonFiguresResponseSchema,
  comparisonResponseSchema,
} from './contract';
import { fetchJson } from './fetch-json';
import { staticPaths } from './static-paths';

type StaticComparisons = Pick<
  ApiClient,
  'comparableIndicators' | 'comparison' | 'comparisonFigures'
>;

/** `url` turns a path under the publication's API folder into its address. */
export function staticComparisons(url: (path: string) => string): StaticComparisons {
  return {
    comparableIndicators: (signal) =>
      fetchJson(url(staticPaths.comparableIndicators()), comparableIndicatorsResponseSchema, {
        what: 'the list of comparable indicators',
        signal,
      }),
    comparison: (indicatorId, signal) =>
      fetchJson(url(staticPaths.comparison(indicatorId)), comparisonResponseSchema, {
        what: `the comparison for indicator ${indicatorId}`,
        signal,
      }),
    comparisonFigures: (indicatorId, period, signal) =>
      fetchJson(
        url(staticPaths.comparisonFigures(indicatorId, period)),
        comparisonFiguresResponseSchema,
        { what: `the figures for ${period} of the comparison for ${indicatorId}`, signal },
      ),
  };
}

/**
 * The compare page's address for a view (ADR 0093): the chosen indicator is part of the path,
 * `/compare/bvpi-178?group=…&period=…`, not the query, so each indicator's comparison is a page
 * the build can prerender (a static host cannot serve a file by query) and the server draws.
 * `/compare` is the page before an indicator is chosen. Every link and navigation that chooses an
 * indicator goes through this; the old form `/compare?indicator=…` is still accepted and replaced.
 */
import type { Destination, SearchRecord } from './navigation';

export type CompareDestination = Destination<'/compare'> | Destination<'/compare/$indicatorId'>;

/** Where a comparison lives: its indicator in the path, the group, period and areas in the query. */
export function compareAddress(
  search: SearchRecord & { indicator?: string | undefined },
): CompareDestination {
  const { indicator, ...rest } = search;
  return indicator === undefined || indicator === ''
    ? { to: '/compare', search: rest }
    : { to: '/compare/$indicatorId', params: { indicatorId: indicator }, search: rest };
}

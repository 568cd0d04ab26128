import { useQuery } from '@tanstack/react-query';
import { manifestQuery, organisationQuery } from '@/data/api/queries';
import { asAtPeriodsAmong } from '@/ui/as-at-periods';
import type { DashboardSearch } from './dashboard-search';
import { resolveStructure } from './dashboard-search';
import { listFirstViewQuery } from './list-first-view';

/**
 * What the dashboard reads: the manifest, the organisation and its chosen structure, the filtered
 * list's first view (ADR 0096: counts, fold headings and red rows when it is folded), the
 * structure's unfiltered first view, and the as-at periods in which that structure has figures.
 * `listParams` is the list's own query, for the rows of an opened fold and the downloads.
 */
export function useDashboardLists(search: DashboardSearch) {
  const manifest = useQuery(manifestQuery());
  const organisation = useQuery(organisationQuery());
  const structures = organisation.data?.structures ?? [];
  const structure = resolveStructure(structures, search.structure);
  const listParams = {
    structure: structure?.id,
    node: search.node,
    framework: search.framework,
    status: search.status,
    kind: search.kind,
    q: search.q,
    period: search.period,
    profiles: search.profiles,
  };
  const list = useQuery({
    ...listFirstViewQuery(listParams),
    // The list is grouped by the structure, so it waits for the organisation tree.
    enabled: organisation.isSuccess,
    // While a new filter loads, the previous table stays (marked as updating) instead of a skeleton,
    // unless the structure changed: its rows would not fit the new grouping.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2].structure === structure?.id ? previous : undefined,
  });
  // Unfiltered and as at the latest figures: the same request the status overview makes.
  const structureView = useQuery({
    ...listFirstViewQuery({ structure: structure?.id }),
    enabled: organisation.isSuccess,
  });
  const periods = asAtPeriodsAmong(
    structureView.data?.figurePeriods ?? [],
    manifest.data?.periods ?? [],
    search.period,
  );
  return {
    manifest,
    organisation,
    structures,
    structure,
    list,
    listParams,
    structureView,
    periods,
  };
}

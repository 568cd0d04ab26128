import { useQuery } from '@tanstack/react-query';
import { usePrefetchIndicator } from '@/data/api/prefetch';
import { Link, useNavigate } from '@/ui/navigation';
import { indicatorListQuery, manifestQuery, organisationQuery } from '@/data/api/queries';
import { asAtPeriodsOf } from '@/ui/as-at-periods';
import { ProfilesSwitch } from '@/ui/assumed-profiles';
import { CommitteeActions } from '@/ui/committee-actions';
import { loadFiguresExport } from '@/ui/load-figures-export';
import { datasetSourceWords, latestPeriodOf } from '@/ui/table-figures';
import { PageHeader } from '@/ui/page-header';
import { QueryState, SkeletonTable } from '@/ui/query-state';
import { RagKey, rulesOf } from '@/ui/rag-key';
import { usePageTitle } from '@/ui/use-page-title';
import { DashboardFilters } from './dashboard-filters';
import { DashboardIndicators } from './dashboard-indicators';
import type { DashboardSearch } from './dashboard-search';
import { resolveStructure } from './dashboard-search';
import { dashboardPrintHeading, dashboardTitle, filterWordsOf, scopeLead } from './dashboard-words';
import { StatusOverview } from './status-overview';

export function DashboardPage({ search }: { search: DashboardSearch }) {
  const manifest = useQuery(manifestQuery());
  const organisation = useQuery(organisationQuery());
  const prefetch = usePrefetchIndicator();
  const structures = organisation.data?.structures ?? [];
  const structure = resolveStructure(structures, search.structure);
  const list = useQuery({
    ...indicatorListQuery({
      structure: structure?.id,
      node: search.node,
      framework: search.framework,
      status: search.status,
      kind: search.kind,
      q: search.q,
      period: search.period,
      profiles: search.profiles,
    }),
    // The list is grouped by the structure, so it waits for the organisation tree.
    enabled: organisation.isSuccess,
    // While a new filter loads, the previous table stays (marked as updating) instead of a skeleton,
    // unless the structure changed: its rows would not fit the new grouping.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2].structure === structure?.id ? previous : undefined,
  });
  // Unfiltered and as at the latest figures: the same request the status overview makes.
  const structureRows = useQuery({
    ...indicatorListQuery({ structure: structure?.id }),
    enabled: organisation.isSuccess,
  });
  const periods = asAtPeriodsOf(
    structureRows.data?.rows ?? [],
    manifest.data?.periods ?? [],
    search.period,
  );
  const roots = structure?.nodes.filter((node) => node.parentId === null) ?? [];
  const node = structure?.nodes.find((candidate) => candidate.id === search.node);
  const authority = manifest.data?.manifest.authority.name ?? 'The authority';
  usePageTitle(dashboardTitle(search, node?.name));
  const filterWords = filterWordsOf(search, node?.name);
  const listedRows = list.data && !list.isPlaceholderData ? list.data.rows : undefined;
  const asAt = search.period ?? (listedRows ? latestPeriodOf(listedRows) : undefined);
  const scopeId = roots.length === 1 ? roots[0]?.id : undefined;
  const navigate = useNavigate();

  return (
    <div className="page">
      <PageHeader
        title="Performance dashboard"
        lead={scopeLead(authority, structure?.name, search.period)}
      />
      <CommitteeActions
        ready={listedRows !== undefined}
        fileNameParts={[
          'ragstone',
          manifest.data?.manifest.authority.id,
          node?.id ?? scopeId ?? structure?.id,
          search.status,
          asAt,
        ]}
        table={() =>
          loadFiguresExport(listedRows ?? [], structure, {
            title: dashboardPrintHeading(authority, structure?.name, filterWords, asAt),
            asAt,
            source: datasetSourceWords(manifest.data?.manifest),
          })
        }
        printHeading={dashboardPrintHeading(authority, structure?.name, filterWords, asAt)}
      />
      <p className="page-links">
        <Link
          to="/exceptions"
          search={{
            structure: structure?.id,
            node: search.node,
            period: search.period,
            profiles: search.profiles,
          }}
        >
          See the exceptions{node ? ` for ${node.name}` : ''}: red, worsening and missing figures
        </Link>
      </p>
      <RagKey rules={list.data ? rulesOf(list.data.rows) : undefined} />
      <QueryState
        query={organisation}
        what="the organisation structure"
        skeleton={<SkeletonTable rows={10} />}
      >
        {() => (
          <>
            <ProfilesSwitch
              profiles={search.profiles}
              rows={structureRows.data?.rows ?? []}
              onChange={(profiles) => {
                navigate({ search: (previous) => ({ ...previous, profiles }), replace: true });
              }}
            />
            {structure ? (
              <StatusOverview search={search} structure={structure} authorityName={authority} />
            ) : null}
            <DashboardFilters search={search} structures={structures} periods={periods} />
            <DashboardIndicators
              list={list}
              search={search}
              structure={structure}
              filterWords={filterWords}
              scopeId={scopeId}
              prefetch={prefetch}
            />
          </>
        )}
      </QueryState>
    </div>
  );
}

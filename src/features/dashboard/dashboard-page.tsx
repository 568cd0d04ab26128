import { usePrefetchIndicator } from '@/data/api/prefetch';
import { useNavigate } from '@/ui/navigation';
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
import { dashboardPrintHeading, dashboardTitle, filterWordsOf, scopeLead } from './dashboard-words';
import { ExceptionsLink } from './exceptions-link';
import { StatusOverview } from './status-overview';
import { useDashboardLists } from './use-dashboard-lists';

export function DashboardPage({ search }: { search: DashboardSearch }) {
  const { manifest, organisation, structures, structure, list, structureRows, periods } =
    useDashboardLists(search);
  const prefetch = usePrefetchIndicator();
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
      <ExceptionsLink search={search} structureId={structure?.id} nodeName={node?.name} />
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

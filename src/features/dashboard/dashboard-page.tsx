import { useQueryClient } from '@tanstack/react-query';
import { usePrefetchIndicator } from '@/data/api/prefetch';
import { indicatorListQuery } from '@/data/api/queries';
import { useNavigate } from '@/ui/navigation';
import { ProfilesSwitch } from '@/ui/assumed-profiles';
import { CommitteeActions } from '@/ui/committee-actions';
import { loadFiguresExport } from '@/ui/load-figures-export';
import { datasetSourceWords } from '@/ui/table-figures';
import { PageHeader } from '@/ui/page-header';
import { QueryState, SkeletonTable } from '@/ui/query-state';
import { RagKey } from '@/ui/rag-key';
import { usePageTitle } from '@/ui/use-page-title';
import { DashboardFilters } from './dashboard-filters';
import { DashboardIndicators } from './dashboard-indicators';
import type { DashboardSearch } from './dashboard-search';
import { dashboardPrintHeading, dashboardTitle, filterWordsOf, scopeLead } from './dashboard-words';
import { ExceptionsLink } from './exceptions-link';
import { StatusOverview } from './status-overview';
import { useDashboardLists } from './use-dashboard-lists';

export function DashboardPage({ search }: { search: DashboardSearch }) {
  const {
    manifest,
    organisation,
    structures,
    structure,
    list,
    listParams,
    structureView,
    periods,
  } = useDashboardLists(search);
  const queryClient = useQueryClient();
  const prefetch = usePrefetchIndicator();
  const roots = structure?.nodes.filter((node) => node.parentId === null) ?? [];
  const node = structure?.nodes.find((candidate) => candidate.id === search.node);
  const authority = manifest.data?.manifest.authority.name ?? 'The authority';
  usePageTitle(dashboardTitle(search, node?.name));
  const filterWords = filterWordsOf(search, node?.name);
  const listed = list.data && !list.isPlaceholderData ? list.data : undefined;
  const asAt = search.period ?? listed?.latestPeriod ?? undefined;
  const scopeId = roots.length === 1 ? roots[0]?.id : undefined;
  const navigate = useNavigate();

  return (
    <div className="page">
      <PageHeader
        title="Performance dashboard"
        lead={scopeLead(authority, structure?.name, search.period)}
      />
      <CommitteeActions
        ready={listed !== undefined}
        fileNameParts={[
          'ragstone',
          manifest.data?.manifest.authority.id,
          node?.id ?? scopeId ?? structure?.id,
          search.status,
          asAt,
        ]}
        table={async () =>
          loadFiguresExport(
            // A folded list's first view holds no rows: the download asks for the list itself.
            listed?.rows ?? (await queryClient.query(indicatorListQuery(listParams))).rows,
            structure,
            {
              title: dashboardPrintHeading(authority, structure?.name, filterWords, asAt),
              asAt,
              source: datasetSourceWords(manifest.data?.manifest),
            },
          )
        }
        printHeading={dashboardPrintHeading(authority, structure?.name, filterWords, asAt)}
      />
      <ExceptionsLink search={search} structureId={structure?.id} nodeName={node?.name} />
      <RagKey rules={list.data?.rules} />
      <QueryState
        query={organisation}
        what="the organisation structure"
        skeleton={<SkeletonTable rows={10} />}
      >
        {() => (
          <>
            <ProfilesSwitch
              profiles={search.profiles}
              assumed={structureView.data?.assumed ?? false}
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
              listParams={listParams}
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

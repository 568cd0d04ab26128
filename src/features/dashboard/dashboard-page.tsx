import { useQuery } from '@tanstack/react-query';
import { usePrefetchIndicator } from '@/data/api/prefetch';
import { Link } from '@tanstack/react-router';
import { indicatorListQuery, manifestQuery, organisationQuery } from '@/data/api/queries';
import { formatPeriod } from '@/domain/periods';
import { csvFileName } from '@/lib/csv';
import { CommitteeActions } from '@/ui/committee-actions';
import { figuresCsv, latestPeriodOf } from '@/ui/figures-csv';
import { IndicatorTables } from '@/ui/indicator-tables';
import { PageHeader } from '@/ui/page-header';
import { QueryState, SkeletonTable } from '@/ui/query-state';
import { RagKey, rulesOf } from '@/ui/rag-key';
import { RejectedRowsNotice } from '@/ui/rejected-rows-notice';
import { usePageTitle } from '@/ui/use-page-title';
import { asAtPeriodsOf } from './as-at-periods';
import { DashboardFilters } from './dashboard-filters';
import type { DashboardSearch } from './dashboard-search';
import { resolveStructure } from './dashboard-search';
import { StatusOverview } from './status-overview';
import { statusLabel } from '@/domain/rating';
import { frameworkWords } from '@/domain/frameworks';
import { kindLabels } from './labels';

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

  const titleFilters = [
    search.status ? statusLabel(search.status) : undefined,
    node?.name,
    search.q ? `“${search.q}”` : undefined,
  ]
    .filter((word) => word !== undefined)
    .join(', ');
  usePageTitle(titleFilters ? `Performance dashboard: ${titleFilters}` : 'Performance dashboard');

  const filterWords = [
    node?.name,
    search.status ? `status ${statusLabel(search.status)}` : undefined,
    search.framework ? frameworkWords[search.framework].name : undefined,
    search.kind ? kindLabels[search.kind].toLowerCase() : undefined,
    search.q ? `matching “${search.q}”` : undefined,
  ].filter((word): word is string => word !== undefined);

  const listedRows = list.data && !list.isPlaceholderData ? list.data.rows : undefined;
  const asAt = search.period ?? (listedRows ? latestPeriodOf(listedRows) : undefined);
  const scopeName = structure?.name;

  return (
    <div className="page">
      <PageHeader
        title="Performance dashboard"
        lead={
          <>
            {structure?.name.startsWith(authority) ? (
              structure.name
            ) : (
              <>
                {authority}
                {structure ? <>: {structure.name}</> : null}
              </>
            )}
            {search.period ? <>, as at {formatPeriod(search.period)}</> : <>, latest figures</>}
          </>
        }
      />
      <CommitteeActions
        ready={listedRows !== undefined}
        fileName={csvFileName([
          'ragstone',
          manifest.data?.manifest.authority.id,
          node?.id ?? (roots.length === 1 ? roots[0]?.id : structure?.id),
          search.status,
          asAt,
        ])}
        csv={() => figuresCsv(listedRows ?? [], structure)}
        printHeading={[
          `${authority}: performance dashboard`,
          scopeName && !scopeName.startsWith(authority) ? scopeName : undefined,
          filterWords.length ? `filtered to ${filterWords.join(', ')}` : 'all indicators',
          asAt ? `as at ${formatPeriod(asAt)}` : undefined,
        ]
          .filter((part) => part !== undefined)
          .join(', ')}
      />
      <p className="page-links">
        <Link
          to="/exceptions"
          search={{ structure: structure?.id, node: search.node, period: search.period }}
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
            {structure ? (
              <StatusOverview search={search} structure={structure} authorityName={authority} />
            ) : null}
            <DashboardFilters search={search} structures={structures} periods={periods} />
            <section id="indicators" aria-labelledby="indicators-title" className="indicators">
              <h2 id="indicators-title" className="visually-hidden">
                Indicators
              </h2>
              <p className="results-count" role="status" aria-live="polite">
                {list.isPlaceholderData
                  ? 'Updating the list…'
                  : list.data
                    ? `${list.data.total} ${list.data.total === 1 ? 'indicator' : 'indicators'}${filterWords.length ? `: ${filterWords.join(', ')}` : ''}`
                    : ''}
              </p>
              <QueryState
                query={list}
                what="the indicator list"
                skeleton={<SkeletonTable rows={10} />}
                isEmpty={(data) => data.rows.length === 0}
                empty={
                  filterWords.length > 0 ? (
                    <div className="empty-state">
                      <p>No indicators match these filters.</p>
                      <p>Try another status or framework, or clear the search.</p>
                    </div>
                  ) : (
                    <div className="empty-state">
                      <p>This dataset has no indicators to show yet.</p>
                      <p>
                        Load a dataset with indicator definitions and figures: see the data format
                        guide.
                      </p>
                    </div>
                  )
                }
              >
                {(data) => (
                  <div
                    className={list.isPlaceholderData ? 'is-updating' : undefined}
                    aria-busy={list.isPlaceholderData}
                  >
                    <RejectedRowsNotice rejected={data.rejected} />
                    <IndicatorTables
                      prefetch={prefetch}
                      rows={data.rows}
                      structure={structure}
                      scopeId={roots.length === 1 ? roots[0]?.id : undefined}
                    />
                  </div>
                )}
              </QueryState>
            </section>
          </>
        )}
      </QueryState>
    </div>
  );
}

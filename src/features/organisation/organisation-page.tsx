import { useQuery } from '@tanstack/react-query';
import { usePrefetchIndicator } from '@/data/api/prefetch';
import { Link } from '@tanstack/react-router';
import type { ScorecardResponse } from '@/data/api/contract';
import { matchesFramework, matchesText } from '@/data/api/filter-rows';
import { manifestQuery, organisationQuery, scorecardQuery } from '@/data/api/queries';
import { headlineStatus } from '@/domain/aggregate';
import { formatPeriod } from '@/domain/periods';
import { csvFileName } from '@/lib/csv';
import { Breadcrumbs } from '@/ui/breadcrumbs';
import { CommitteeActions } from '@/ui/committee-actions';
import { figuresCsv, latestPeriodOf } from '@/ui/figures-csv';
import { DataTable } from '@/ui/data-table';
import type { Column } from '@/ui/data-table';
import { IndicatorTables } from '@/ui/indicator-tables';
import { PageHeader } from '@/ui/page-header';
import { QueryState, SkeletonLines, SkeletonTable } from '@/ui/query-state';
import { RagKey, rulesOf } from '@/ui/rag-key';
import { RejectedRowsNotice } from '@/ui/rejected-rows-notice';
import { usePageTitle } from '@/ui/use-page-title';
import { ScrollRegion } from '@/ui/scroll-region';
import { statusLabel } from '@/domain/rating';
import { StatusShape } from '@/ui/status-badge';
import { StatusSummary } from '@/ui/status-summary';
import type { OrganisationSearch } from './organisation-search';
import { Responsibilities } from './responsibilities';

interface OrganisationPageProps {
  structureId: string;
  nodeId: string;
  search: OrganisationSearch;
}

const kindWords = {
  authority: 'Authority',
  directorate: 'Directorate',
  division: 'Division',
  unit: 'Unit',
} as const;
const childWords = {
  authority: 'Directorates',
  directorate: 'Divisions and units',
  division: 'Units',
  unit: 'Teams',
} as const;

type Child = ScorecardResponse['children'][number];

function childColumns(structureId: string, period: string | undefined): Column<Child>[] {
  const count = (
    key: 'red' | 'amber' | 'green' | 'notRated',
    status: 'red' | 'amber' | 'green' | 'not-rated',
  ): Column<Child> => ({
    id: key,
    header: statusLabel(status),
    numeric: true,
    sortValue: (child) => child.counts[key],
    cell: (child) => (
      <Link
        to="/organisation/$structureId/$nodeId"
        params={{ structureId, nodeId: child.node.id }}
        search={{ status, period }}
        className={`count-link count-link--${status}`}
        aria-label={`${child.node.name}: ${child.counts[key]} ${statusLabel(status).toLowerCase()}`}
      >
        <StatusShape status={status} /> {child.counts[key]}
      </Link>
    ),
  });
  return [
    {
      id: 'name',
      header: 'Name',
      isRowHeader: true,
      sortValue: (child) => child.node.name,
      cell: (child) => (
        <Link
          to="/organisation/$structureId/$nodeId"
          params={{ structureId, nodeId: child.node.id }}
          search={{ period }}
        >
          {child.node.name}
        </Link>
      ),
    },
    count('red', 'red'),
    count('amber', 'amber'),
    count('green', 'green'),
    count('notRated', 'not-rated'),
    {
      id: 'total',
      header: 'Total',
      numeric: true,
      sortValue: (child) => child.counts.total,
      cell: (child) => child.counts.total,
    },
    {
      id: 'worsening',
      header: 'Worsening',
      numeric: true,
      sortValue: (child) => child.counts.worsening,
      cell: (child) => child.counts.worsening,
    },
  ];
}

/** A directorate, division or unit: its status summary, the units below it, its indicators and responsibilities. */
export function OrganisationPage({ structureId, nodeId, search }: OrganisationPageProps) {
  const scorecard = useQuery(scorecardQuery(structureId, nodeId, search.period));
  const organisation = useQuery(organisationQuery());
  const manifest = useQuery(manifestQuery());
  const prefetch = usePrefetchIndicator();
  const authority = manifest.data?.manifest.authority.name ?? 'The authority';
  const structure = organisation.data?.structures.find((candidate) => candidate.id === structureId);
  usePageTitle(scorecard.data ? `${scorecard.data.node.name}: scorecard` : 'Scorecard');

  return (
    <div className="page">
      <QueryState
        query={scorecard}
        what="this scorecard"
        skeleton={
          <>
            <SkeletonLines lines={3} />
            <SkeletonTable rows={8} />
          </>
        }
      >
        {(data) => {
          const rows = data.rows.filter(
            (row) =>
              (search.status === undefined || headlineStatus(row) === search.status) &&
              (search.framework === undefined ||
                matchesFramework(row.indicator, search.framework)) &&
              (search.kind === undefined || row.indicator.kind === search.kind) &&
              (search.q === undefined || matchesText(row.indicator, search.q)),
          );
          const asAt = search.period ?? latestPeriodOf(rows);
          const filterWords = [
            search.status ? `status ${statusLabel(search.status)}` : undefined,
            search.framework,
            search.kind,
            search.q ? `matching “${search.q}”` : undefined,
          ].filter((word) => word !== undefined);
          return (
            <>
              <Breadcrumbs
                items={[
                  {
                    key: 'dashboard',
                    content: (
                      <Link to="/" search={{ structure: structureId, period: search.period }}>
                        Dashboard
                      </Link>
                    ),
                  },
                  ...data.breadcrumb.map((node) => ({
                    key: node.id,
                    content: (
                      <Link
                        to="/organisation/$structureId/$nodeId"
                        params={{ structureId, nodeId: node.id }}
                        search={{ period: search.period }}
                      >
                        {node.name}
                      </Link>
                    ),
                  })),
                  { key: data.node.id, content: data.node.name },
                ]}
              />
              <PageHeader
                title={data.node.name}
                lead={
                  <>
                    {kindWords[data.node.kind]}
                    {structure ? <> in {structure.name}</> : null}
                    {search.period ? (
                      <>, as at {formatPeriod(search.period)}</>
                    ) : (
                      <>, latest figures</>
                    )}
                  </>
                }
              />
              <CommitteeActions
                fileName={csvFileName([
                  'ragstone',
                  manifest.data?.manifest.authority.id,
                  data.node.id,
                  asAt,
                ])}
                csv={() => figuresCsv(rows, structure)}
                printHeading={[
                  data.node.name.startsWith(authority)
                    ? `${data.node.name} scorecard`
                    : `${authority}: ${data.node.name} scorecard`,
                  filterWords.length ? `filtered to ${filterWords.join(', ')}` : 'all indicators',
                  asAt ? `as at ${formatPeriod(asAt)}` : undefined,
                ]
                  .filter((part) => part !== undefined)
                  .join(', ')}
              />
              <section aria-labelledby="node-summary-title" className="overview">
                <h2 id="node-summary-title">Status summary</h2>
                <StatusSummary
                  label={data.node.name}
                  counts={data.counts}
                  activeStatus={search.status}
                  renderCount={(status, content) => (
                    <Link
                      to="/organisation/$structureId/$nodeId"
                      params={{ structureId, nodeId }}
                      search={{ ...search, status: search.status === status ? undefined : status }}
                      className="status-summary__link"
                      aria-current={search.status === status ? 'true' : undefined}
                    >
                      {content}
                    </Link>
                  )}
                />
              </section>
              {data.children.length > 0 ? (
                <section aria-labelledby="children-title">
                  <h2 id="children-title">{childWords[data.node.kind]}</h2>
                  <ScrollRegion label={`${childWords[data.node.kind]} of ${data.node.name}`}>
                    <DataTable
                      caption={`${childWords[data.node.kind]} of ${data.node.name}, with the number of indicators at each status`}
                      captionHidden
                      columns={childColumns(structureId, search.period)}
                      groups={[{ key: 'children', headings: [], rows: data.children }]}
                      rowKey={(child) => child.node.id}
                      reflow
                      className="children-table"
                    />
                  </ScrollRegion>
                </section>
              ) : null}
              <RagKey rules={rulesOf(data.rows)} />
              <section aria-labelledby="node-indicators-title" className="indicators">
                <h2 id="node-indicators-title">Indicators</h2>
                <p className="results-count" role="status" aria-live="polite">
                  <span>
                    {rows.length === data.rows.length
                      ? `${rows.length} ${rows.length === 1 ? 'indicator' : 'indicators'}`
                      : `${rows.length} of ${data.rows.length} indicators${search.status ? `, status ${statusLabel(search.status)}` : ''}`}
                  </span>
                  {rows.length !== data.rows.length ? (
                    <>
                      {' '}
                      <Link
                        to="/organisation/$structureId/$nodeId"
                        params={{ structureId, nodeId }}
                        search={{ period: search.period }}
                      >
                        Show all
                      </Link>
                    </>
                  ) : null}
                </p>
                <RejectedRowsNotice rejected={data.rejected} />
                {rows.length === 0 ? (
                  <p className="empty-state">
                    {data.rows.length === 0
                      ? 'No indicators are reported by this part of the council.'
                      : 'No indicators match.'}
                  </p>
                ) : (
                  <IndicatorTables
                    prefetch={prefetch}
                    rows={rows}
                    structure={structure}
                    scopeId={nodeId}
                    headingLevel={3}
                  />
                )}
              </section>
              <Responsibilities items={data.responsibilities} nodeName={data.node.name} />
            </>
          );
        }}
      </QueryState>
    </div>
  );
}

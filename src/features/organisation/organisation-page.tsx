import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { usePrefetchIndicator } from '@/data/api/prefetch';
import { Link, useNavigate } from '@/ui/navigation';
import type { ScorecardResult } from '@/data/api/lenient-rows';
import { manifestQuery, organisationQuery, scorecardQuery } from '@/data/api/queries';
import type { Structure } from '@/data/contract/dataset-schema';
import { exportFileName } from '@/lib/table-export';
import { Breadcrumbs } from '@/ui/breadcrumbs';
import { CommitteeActions } from '@/ui/committee-actions';
import { datasetSourceWords, figuresExport, latestPeriodOf } from '@/ui/figures-export';
import { IndicatorTables } from '@/ui/indicator-tables';
import { ProfilesSwitch } from '@/ui/assumed-profiles';
import { PageHeader } from '@/ui/page-header';
import { QueryState, SkeletonLines, SkeletonTable } from '@/ui/query-state';
import { RagKey, rulesOf } from '@/ui/rag-key';
import { RejectedRowsNotice } from '@/ui/rejected-rows-notice';
import { StatusSummary } from '@/ui/status-summary';
import { usePageTitle } from '@/ui/use-page-title';
import { ChildrenTable } from './children-table';
import type { OrganisationSearch } from './organisation-search';
import {
  filterScorecardRows,
  scorecardFilterWords,
  scorecardLead,
  scorecardPrintHeading,
  shownLine,
} from './organisation-words';
import { Responsibilities } from './responsibilities';
import '@/ui/status-summary.css';
import '@/ui/indicator-tables.css';
import './organisation.css';
import { UnitScorecardDownload } from './unit-scorecard-download';

interface OrganisationPageProps {
  structureId: string;
  nodeId: string;
  search: OrganisationSearch;
  /** The returns template for the unit's indicators, composed by the route (another feature). */
  returnsSlot?: (indicatorIds: readonly string[], unitId: string) => ReactNode;
}

/** A directorate, division or unit: its status summary, the units below it, its indicators and responsibilities. */
export function OrganisationPage({
  structureId,
  nodeId,
  search,
  returnsSlot,
}: OrganisationPageProps) {
  const scorecard = useQuery(scorecardQuery(structureId, nodeId, search.period, search.profiles));
  const organisation = useQuery(organisationQuery());
  const manifest = useQuery(manifestQuery());
  const structure = organisation.data?.structures.find((candidate) => candidate.id === structureId);
  // A failed load names itself in the title (ErrorMessage), so the page leaves it alone then.
  usePageTitle(
    scorecard.data
      ? `${scorecard.data.node.name}: scorecard`
      : scorecard.isError
        ? undefined
        : 'Scorecard',
  );
  return (
    <div className="page">
      <QueryState
        query={scorecard}
        what="this part of the council"
        isPage
        skeleton={
          <>
            <SkeletonLines lines={3} />
            <SkeletonTable rows={8} />
          </>
        }
      >
        {(data) => (
          <Scorecard
            data={data}
            structure={structure}
            structureId={structureId}
            nodeId={nodeId}
            search={search}
            returnsSlot={returnsSlot}
            authority={manifest.data?.manifest.authority}
            source={datasetSourceWords(manifest.data?.manifest)}
          />
        )}
      </QueryState>
    </div>
  );
}

interface ScorecardProps extends OrganisationPageProps {
  data: ScorecardResult;
  structure: Structure | undefined;
  authority: { id: string; name: string } | undefined;
  source: string;
}

function Scorecard({
  data,
  structure,
  structureId,
  nodeId,
  search,
  returnsSlot,
  authority,
  source,
}: ScorecardProps) {
  const prefetch = usePrefetchIndicator();
  const navigate = useNavigate();
  const rows = filterScorecardRows(data.rows, search);
  const asAt = search.period ?? latestPeriodOf(rows);
  const filterWords = scorecardFilterWords(search);
  const printHeading = scorecardPrintHeading(
    authority?.name ?? 'The authority',
    data.node.name,
    filterWords,
    asAt,
  );
  return (
    <>
      <Breadcrumbs
        items={[
          {
            key: 'dashboard',
            content: (
              <Link
                to="/dashboard"
                search={{
                  structure: structureId,
                  period: search.period,
                  profiles: search.profiles,
                }}
              >
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
                search={{ period: search.period, profiles: search.profiles }}
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
        lead={scorecardLead(data.node.kind, structure?.name, search.period)}
      />
      <ProfilesSwitch
        profiles={search.profiles}
        rows={data.rows}
        onChange={(profiles) => {
          navigate({ search: (previous) => ({ ...previous, profiles }), replace: true });
        }}
      />
      <CommitteeActions
        fileNameParts={['ragstone', authority?.id, data.node.id, asAt]}
        table={() => figuresExport(rows, structure, { title: printHeading, asAt, source })}
        printHeading={printHeading}
      >
        <UnitScorecardDownload
          rows={data.rows}
          fileName={exportFileName(
            ['ragstone', authority?.id, data.node.id, 'scorecard', asAt],
            'xlsx',
          )}
          heading={{
            title: `${authority?.name ?? 'The authority'}: ${data.node.name}, unit scorecard`,
            asAt,
            source,
          }}
        />
      </CommitteeActions>
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
      <ChildrenTable
        structureId={structureId}
        node={data.node}
        children={data.children}
        search={search}
        download={{ authority, asAt, source }}
      />
      <RagKey rules={rulesOf(data.rows)} />
      <section aria-labelledby="node-indicators-title" className="indicators">
        <h2 id="node-indicators-title">Indicators</h2>
        <p className="results-count" role="status" aria-live="polite">
          <span>{shownLine(rows.length, data.rows.length, search)}</span>
          {rows.length !== data.rows.length ? (
            <>
              {' '}
              <Link
                to="/organisation/$structureId/$nodeId"
                params={{ structureId, nodeId }}
                search={{ period: search.period, profiles: search.profiles }}
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
            rows={rows}
            structure={structure}
            scopeId={nodeId}
            headingLevel={3}
            prefetch={prefetch}
          />
        )}
      </section>
      {returnsSlot && data.rows.length > 0
        ? returnsSlot(
            data.rows.map((row) => row.indicator.id),
            data.node.id,
          )
        : null}
      <Responsibilities items={data.responsibilities} nodeName={data.node.name} />
    </>
  );
}

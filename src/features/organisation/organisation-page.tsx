import { useMemo, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@/ui/navigation';
import { usePrefetchIndicator } from '@/data/api/prefetch';
import type { ScorecardResult } from '@/data/api/lenient-rows';
import { manifestQuery, organisationQuery, scorecardQuery } from '@/data/api/queries';
import type { Structure } from '@/data/contract/dataset-schema';
import { datasetSourceWords, latestPeriodOf } from '@/ui/table-figures';
import { QueryState, SkeletonLines, SkeletonTable } from '@/ui/query-state';
import { RagKey, rulesOf } from '@/ui/rag-key';
import { StatusSummary } from '@/ui/status-summary';
import { usePageTitle } from '@/ui/use-page-title';
import { ChildrenTable } from './children-table';
import { OrganisationIndicators } from './organisation-indicators';
import type { OrganisationSearch } from './organisation-search';
import {
  filterScorecardRows,
  scorecardFilterWords,
  scorecardPrintHeading,
} from './organisation-words';
import { Responsibilities } from './responsibilities';
import { ScorecardHeading } from './scorecard-heading';
import '@/ui/status-summary.css';
import './organisation.css';

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
  const rows = useMemo(() => filterScorecardRows(data.rows, search), [data.rows, search]);
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
      <ScorecardHeading
        data={data}
        rows={rows}
        structure={structure}
        structureId={structureId}
        search={search}
        authority={authority}
        asAt={asAt}
        printHeading={printHeading}
        source={source}
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
      <ChildrenTable
        structureId={structureId}
        node={data.node}
        children={data.children}
        search={search}
        download={{ authority, asAt, source }}
      />
      <RagKey rules={rulesOf(data.rows)} />
      <OrganisationIndicators
        data={data}
        rows={rows}
        structure={structure}
        structureId={structureId}
        nodeId={nodeId}
        search={search}
        prefetch={prefetch}
      />
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

import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@/ui/navigation';
import type { IndicatorRow } from '@/data/api/contract';
import { usePrefetchIndicator } from '@/data/api/prefetch';
import { indicatorListQuery, manifestQuery, organisationQuery } from '@/data/api/queries';
import type { Structure } from '@/data/contract/dataset-schema';
import {
  describeException,
  EXCEPTION_KINDS,
  selectExceptions,
  type ExceptionKind,
} from '@/domain/aggregate';
import { formatPeriod } from '@/domain/periods';
import { formatFigure } from '@/lib/format-figure';
import { CommitteeActions } from '@/ui/committee-actions';
import { loadFiguresExport } from '@/ui/load-figures-export';
import { datasetSourceWords, latestPeriodOf } from '@/ui/table-figures';
import { DirectionBadge } from '@/ui/direction-badge';
import { PageHeader } from '@/ui/page-header';
import { PublishedRagNote } from '@/ui/published-rag';
import { ProfilesSwitch } from '@/ui/assumed-profiles';
import { QueryState, SkeletonTable } from '@/ui/query-state';
import { RedFigureNote } from '@/ui/red-figure-note';
import { RagKey, rulesOf } from '@/ui/rag-key';
import { RejectedRowsNotice } from '@/ui/rejected-rows-notice';
import { usePageTitle } from '@/ui/use-page-title';
import { StatusBadge } from '@/ui/status-badge';
import type { ExceptionsSearch } from './dashboard-search';
import { resolveStructure } from './dashboard-search';
import { ExceptionCommentary } from './exception-commentary';
import { ExceptionsFilters } from './exceptions-filters';
import { OverdueReturns } from './overdue-returns';
import '@/ui/red-figure-note.css';
import './exceptions.css';

const kindText: Record<ExceptionKind, { lead: string; none: string }> = {
  red: {
    lead: 'Below the floor standard in the latest period (the dashboard’s Red count) or for the year to date under another badge (the dashboard’s “Red for the year to date only”): management action is expected. Each card says which figure is red.',
    none: 'No indicator is red.',
  },
  'red-and-worsening': {
    lead: 'Below the floor standard and worse than the period before.',
    none: 'No red indicator is getting worse.',
  },
  'amber-and-worsening': {
    lead: 'Below target and getting worse: at risk of falling below the floor.',
    none: 'No amber indicator is getting worse.',
  },
  'missing-data': {
    lead: 'No figure for the latest period, or the figure is late.',
    none: 'Every indicator has a figure.',
  },
};

function ownerNames(row: IndicatorRow, structure: Structure | undefined): string {
  const names = row.indicator.owners
    .filter(
      (owner) =>
        owner.role !== 'support' &&
        (owner.structureId === undefined || owner.structureId === structure?.id),
    )
    .map((owner) => structure?.nodes.find((node) => node.id === owner.nodeId)?.name)
    .filter((name): name is string => name !== undefined);
  return names.length ? names.join(', ') : 'Not recorded';
}

function ExceptionItem({
  row,
  structure,
}: {
  row: IndicatorRow;
  structure: Structure | undefined;
}) {
  const unit = row.indicator.unit;
  const prefetch = usePrefetchIndicator();
  return (
    <li className={`exception exception--${row.latestRating.status}`}>
      <h3 className="exception__title">
        <Link
          {...prefetch(row.indicator.id)}
          to="/indicators/$indicatorId"
          params={{ indicatorId: row.indicator.id }}
          search={{}}
        >
          {row.indicator.title}
        </Link>
      </h3>
      <div className="exception__badges">
        <StatusBadge status={row.latestRating.status} reason={row.latestRating.reason} />
        <DirectionBadge direction={row.direction.direction} reason={row.direction.reason} />
      </div>
      <dl className="exception__facts">
        <div>
          <dt>Latest result</dt>
          <dd>
            {formatFigure(row.latest, unit)}
            {row.latest ? <> ({formatPeriod(row.latest.period)})</> : null}
          </dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd>{formatFigure(row.target, unit)}</dd>
        </div>
        <div>
          <dt>Floor standard</dt>
          <dd>{formatFigure(row.floor, unit)}</dd>
        </div>
        <div>
          <dt>Owner</dt>
          <dd>{ownerNames(row, structure)}</dd>
        </div>
      </dl>
      <p className="exception__reason">{row.latestRating.reason}</p>
      <RedFigureNote row={row} />
      {row.latest?.publishedRag && row.latest.publishedRag !== row.latestRating.status ? (
        <p className="exception__reason">
          <PublishedRagNote figure={row.latest} rating={row.latestRating} />
        </p>
      ) : null}
      {row.direction.direction !== 'not-comparable' ? (
        <p className="exception__reason">{row.direction.reason}</p>
      ) : null}
      {row.commentaryCount > 0 ? (
        <ExceptionCommentary indicatorId={row.indicator.id} title={row.indicator.title} />
      ) : (
        <p className="exception__no-commentary">No commentary was published with this figure.</p>
      )}
    </li>
  );
}

export function ExceptionsPage({ search }: { search: ExceptionsSearch }) {
  const organisation = useQuery(organisationQuery());
  const manifest = useQuery(manifestQuery());
  const navigate = useNavigate();
  const structure = resolveStructure(organisation.data?.structures ?? [], search.structure);
  const list = useQuery({
    ...indicatorListQuery({
      structure: structure?.id,
      node: search.node,
      framework: search.framework,
      period: search.period,
      profiles: search.profiles,
    }),
    enabled: organisation.isSuccess,
  });
  const kinds = search.show ? [search.show] : EXCEPTION_KINDS;
  usePageTitle(search.show ? `Exceptions: ${describeException(search.show)}` : 'Exceptions');
  // The rows listed on the page: those in the sections shown, each indicator once.
  const listedRows = list.data
    ? [
        ...new Map(
          kinds
            .flatMap((kind) => selectExceptions(list.data.rows, kind))
            .map((row) => [row.indicator.id, row] as const),
        ).values(),
      ]
    : undefined;
  const authority = manifest.data?.manifest.authority.name ?? 'The authority';
  const node = structure?.nodes.find((candidate) => candidate.id === search.node);
  const asAt = search.period ?? (listedRows ? latestPeriodOf(listedRows) : undefined);
  const printHeading = [
    `${authority}: exceptions`,
    search.show ? describeException(search.show).toLowerCase() : 'all types',
    structure && !structure.name.startsWith(authority) ? structure.name : undefined,
    node?.name,
    asAt ? `as at ${formatPeriod(asAt)}` : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
  return (
    <div className="page">
      <PageHeader
        title="Exceptions"
        lead={
          <>
            Indicators that need attention{structure ? <> in {structure.name}</> : null}, with their
            commentary and owner.
          </>
        }
      />
      <CommitteeActions
        ready={listedRows !== undefined}
        fileNameParts={[
          'ragstone',
          manifest.data?.manifest.authority.id,
          'exceptions',
          node?.id ?? structure?.id,
          search.show,
          asAt,
        ]}
        table={() =>
          loadFiguresExport(listedRows ?? [], structure, {
            title: printHeading,
            asAt,
            source: datasetSourceWords(manifest.data?.manifest),
          })
        }
        printHeading={printHeading}
      />
      <RagKey rules={list.data ? rulesOf(list.data.rows) : undefined} />
      <ProfilesSwitch
        profiles={search.profiles}
        rows={list.data?.rows ?? []}
        onChange={(profiles) => {
          navigate({ search: (previous) => ({ ...previous, profiles }), replace: true });
        }}
      />
      {organisation.data ? (
        <ExceptionsFilters
          search={search}
          structures={organisation.data.structures}
          structure={structure}
        />
      ) : null}
      <OverdueReturns search={search} structure={structure?.id} nodeName={node?.name} />
      <QueryState query={list} what="the indicator list" skeleton={<SkeletonTable rows={8} />}>
        {(data) => {
          const sections = EXCEPTION_KINDS.map((kind) => ({
            kind,
            rows: selectExceptions(data.rows, kind),
          }));
          return (
            <>
              <RejectedRowsNotice rejected={data.rejected} />
              <nav aria-label="Exception types" className="exception-nav">
                <ul>
                  {sections.map(({ kind, rows }) => (
                    <li key={kind}>
                      <Link
                        to="/exceptions"
                        search={{ ...search, show: search.show === kind ? undefined : kind }}
                        aria-current={search.show === kind ? 'true' : undefined}
                      >
                        {describeException(kind)} <span className="count-chip">{rows.length}</span>
                      </Link>
                    </li>
                  ))}
                  {search.show ? (
                    <li>
                      <Link to="/exceptions" search={{ ...search, show: undefined }}>
                        Show all types
                      </Link>
                    </li>
                  ) : null}
                </ul>
              </nav>
              {sections
                .filter(({ kind }) => kinds.includes(kind))
                .map(({ kind, rows }) => (
                  <section
                    key={kind}
                    aria-labelledby={`exceptions-${kind}`}
                    className="exception-section"
                  >
                    <h2 id={`exceptions-${kind}`}>
                      {describeException(kind)} <span className="count-chip">{rows.length}</span>
                    </h2>
                    <p className="section-lead">{kindText[kind].lead}</p>
                    {rows.length === 0 ? (
                      <p className="empty-state">{kindText[kind].none}</p>
                    ) : (
                      <ul className="exception-list">
                        {rows.map((row) => (
                          <ExceptionItem key={row.indicator.id} row={row} structure={structure} />
                        ))}
                      </ul>
                    )}
                  </section>
                ))}
            </>
          );
        }}
      </QueryState>
    </div>
  );
}

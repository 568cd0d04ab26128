import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from '@/ui/navigation';
import type { StatusCounts } from '@/data/api/contract';
import { statusSummaryQuery } from '@/data/api/queries';
import type { OrgNode, Structure } from '@/data/contract/dataset-schema';
import type { RagStatus } from '@/domain/types';
import { ErrorMessage, QueryState, SkeletonLines } from '@/ui/query-state';
import { StatusSummary } from '@/ui/status-summary';
import type { DashboardSearch } from './dashboard-search';
import '@/ui/status-summary.css';
import { listFirstViewQuery } from './list-first-view';
import { dashboardAddress } from '@/ui/dashboard-address';

interface StatusOverviewProps {
  search: DashboardSearch;
  structure: Structure;
  /** The authority's name, for structures that have no single top node (the 2008 directorates). */
  authorityName: string;
}

const childHeading: Record<OrgNode['kind'], string> = {
  authority: 'By directorate',
  directorate: 'By division',
  division: 'By unit',
  unit: 'By team',
};

interface Part {
  node: OrgNode;
  counts: StatusCounts;
}

/** Counts by status for the whole structure and each of its next level down; each count filters the table. */
export function StatusOverview({ search, structure, authorityName }: StatusOverviewProps) {
  const roots = structure.nodes.filter((node) => node.parentId === null);
  const [onlyRoot] = roots;
  return (
    <section aria-labelledby="overview-title" className="overview">
      <h2 id="overview-title">Status summary</h2>
      {roots.length === 1 && onlyRoot ? (
        <SingleRootOverview search={search} structure={structure} root={onlyRoot} />
      ) : (
        <ManyRootsOverview
          search={search}
          structure={structure}
          roots={roots}
          authorityName={authorityName}
        />
      )}
    </section>
  );
}

function SingleRootOverview({
  search,
  structure,
  root,
}: {
  search: DashboardSearch;
  structure: Structure;
  root: OrgNode;
}) {
  const query = useQuery(statusSummaryQuery(structure.id, root.id, search.period, search.profiles));
  return (
    <QueryState query={query} what="the status summary" skeleton={<SkeletonLines lines={4} />}>
      {(summary) => (
        <OverviewBody
          search={search}
          structure={structure}
          name={summary.node.name}
          counts={summary.counts}
          childHeading={childHeading[summary.node.kind]}
          parts={summary.byChild}
        />
      )}
    </QueryState>
  );
}

/** A structure of several directorates with no authority node: the whole is the unfiltered list's counts. */
function ManyRootsOverview({
  search,
  structure,
  roots,
  authorityName,
}: {
  search: DashboardSearch;
  structure: Structure;
  roots: OrgNode[];
  authorityName: string;
}) {
  const whole = useQuery(listFirstViewQuery({ structure: structure.id, period: search.period }));
  const parts = useQueries({
    queries: roots.map((root) =>
      statusSummaryQuery(structure.id, root.id, search.period, search.profiles),
    ),
  });
  const failed = parts.find((part) => part.isError);
  return (
    <QueryState query={whole} what="the status summary" skeleton={<SkeletonLines lines={4} />}>
      {(list) => (
        <>
          {failed ? (
            <ErrorMessage
              what="the directorate summaries"
              error={failed.error}
              onRetry={() => {
                for (const part of parts) if (part.isError) void part.refetch();
              }}
            />
          ) : null}
          <OverviewBody
            search={search}
            structure={structure}
            name={authorityName}
            counts={list.counts}
            childHeading="By directorate"
            parts={parts.flatMap((part) =>
              part.data ? [{ node: part.data.node, counts: part.data.counts }] : [],
            )}
          />
        </>
      )}
    </QueryState>
  );
}

interface OverviewBodyProps {
  search: DashboardSearch;
  structure: Structure;
  name: string;
  counts: StatusCounts;
  childHeading: string;
  parts: Part[];
}

function OverviewBody({
  search,
  structure,
  name,
  counts,
  childHeading: heading,
  parts,
}: OverviewBodyProps) {
  const wholeIsActive = (status: RagStatus) =>
    search.status === status && search.node === undefined;
  return (
    <>
      <div className="overview__authority">
        <h3 className="overview__name">{name}</h3>
        <StatusSummary
          label={name}
          counts={counts}
          activeStatus={search.node === undefined ? search.status : undefined}
          renderCount={(status, content) => (
            <Link
              {...dashboardAddress({
                ...search,
                node: undefined,
                status: wholeIsActive(status) ? undefined : status,
              })}
              hash="indicators"
              className="status-summary__link"
              aria-current={wholeIsActive(status) ? 'true' : undefined}
            >
              {content}
            </Link>
          )}
        />
      </div>
      {parts.length > 0 ? (
        <>
          <h3 className="overview__subhead">{heading}</h3>
          <ul className="overview__children">
            {parts.map(({ node, counts: partCounts }) => (
              <li key={node.id} className="overview__child">
                <h4 className="overview__name">
                  <Link
                    to="/organisation/$structureId/$nodeId"
                    params={{ structureId: structure.id, nodeId: node.id }}
                    search={{ period: search.period, profiles: search.profiles }}
                  >
                    {node.name}
                  </Link>
                </h4>
                <StatusSummary
                  compact
                  label={node.name}
                  counts={partCounts}
                  activeStatus={search.node === node.id ? search.status : undefined}
                  renderCount={(status, content) => (
                    <Link
                      {...dashboardAddress({ ...search, node: node.id, status })}
                      hash="indicators"
                      className="status-summary__link"
                      aria-current={
                        search.node === node.id && search.status === status ? 'true' : undefined
                      }
                    >
                      {content}
                    </Link>
                  )}
                />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

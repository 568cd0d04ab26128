import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from '@/ui/navigation';
import type { StatusCounts } from '@/data/api/contract';
import { statusSummaryQuery } from '@/data/api/queries';
import type { OrgNode, Structure } from '@/data/contract/dataset-schema';
import type { ProfileChoice } from '@/domain/profile';
import { ErrorMessage, QueryState, SkeletonLines } from '@/ui/query-state';
import { StatusSummary } from '@/ui/status-summary';
import { StatusMixBar } from './status-mix-bar';
import '@/ui/status-summary.css';

interface Part {
  node: OrgNode;
  counts: StatusCounts;
}

interface MixCardProps {
  structureId: string;
  part: Part;
  lead?: boolean;
  profiles: ProfileChoice | undefined;
}

function MixCard({ structureId, part, lead, profiles }: MixCardProps) {
  return (
    <li className={lead ? 'mix-card mix-card--lead' : 'mix-card'}>
      <h4 className="mix-card__name">
        <Link
          to="/organisation/$structureId/$nodeId"
          params={{ structureId, nodeId: part.node.id }}
          search={{ profiles }}
        >
          {part.node.name}
        </Link>
      </h4>
      <StatusMixBar counts={part.counts} />
      <StatusSummary
        compact
        label={part.node.name}
        counts={part.counts}
        renderCount={(status, content) => (
          <Link
            to="/organisation/$structureId/$nodeId"
            params={{ structureId, nodeId: part.node.id }}
            search={{ status, profiles }}
            className="status-summary__link"
          >
            {content}
          </Link>
        )}
      />
    </li>
  );
}

/** One directorate on top (the 2012 structure): its own mix, then its divisions'. */
function OneDirectorate({
  structure,
  root,
  profiles,
}: {
  structure: Structure;
  root: OrgNode;
  profiles: ProfileChoice | undefined;
}) {
  const summary = useQuery(statusSummaryQuery(structure.id, root.id, undefined, profiles));
  return (
    <QueryState query={summary} what="the status summary" skeleton={<SkeletonLines lines={4} />}>
      {(data) => (
        <ul className="mix-grid">
          <MixCard
            structureId={structure.id}
            part={{ node: data.node, counts: data.counts }}
            profiles={profiles}
            lead
          />
          {data.byChild.map((child) => (
            <MixCard
              key={child.node.id}
              structureId={structure.id}
              part={child}
              profiles={profiles}
            />
          ))}
        </ul>
      )}
    </QueryState>
  );
}

/** Several directorates on top (the 2008 structure): each one's mix. */
function ManyDirectorates({
  structure,
  roots,
  profiles,
}: {
  structure: Structure;
  roots: OrgNode[];
  profiles: ProfileChoice | undefined;
}) {
  const summaries = useQueries({
    queries: roots.map((root) => statusSummaryQuery(structure.id, root.id, undefined, profiles)),
  });
  const failed = summaries.find((summary) => summary.isError);
  if (failed) {
    return (
      <ErrorMessage
        what="the directorate summaries"
        error={failed.error}
        onRetry={() => {
          for (const summary of summaries) if (summary.isError) void summary.refetch();
        }}
      />
    );
  }
  if (summaries.some((summary) => summary.data === undefined)) {
    return (
      <div aria-busy="true">
        <p className="visually-hidden" role="status">
          Loading the directorate summaries…
        </p>
        <SkeletonLines lines={4} />
      </div>
    );
  }
  return (
    <ul className="mix-grid">
      {summaries.flatMap((summary) =>
        summary.data ? (
          <MixCard
            key={summary.data.node.id}
            structureId={structure.id}
            part={{ node: summary.data.node, counts: summary.data.counts }}
            profiles={profiles}
          />
        ) : (
          []
        ),
      )}
    </ul>
  );
}

/** Each directorate's status mix in a structure, linking to its scorecard and its counts to its lists. */
export function DirectorateMix({
  structure,
  profiles,
}: {
  structure: Structure;
  /** 'paper': counts from the paper's figures alone, without assumed target profiles. */
  profiles?: ProfileChoice | undefined;
}) {
  const roots = structure.nodes.filter((node) => node.parentId === null);
  const [onlyRoot] = roots;
  return roots.length === 1 && onlyRoot ? (
    <OneDirectorate structure={structure} root={onlyRoot} profiles={profiles} />
  ) : (
    <ManyDirectorates structure={structure} roots={roots} profiles={profiles} />
  );
}

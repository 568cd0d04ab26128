import { Link } from '@/ui/navigation';
import type { ScorecardResponse } from '@/data/api/contract';
import type { ProfileChoice } from '@/domain/profile';
import type { OrgNode } from '@/data/contract/dataset-schema';
import { statusLabel } from '@/domain/rating';
import { DataTable } from '@/ui/data-table';
import type { Column } from '@/ui/data-table';
import { ScrollRegion } from '@/ui/scroll-region';
import { StatusShape } from '@/ui/status-badge';
import { TableDownloads } from '@/ui/table-downloads';
import { childrenExport, type ChildrenDownload } from './children-export';
import { childWords } from './organisation-words';
import './organisation.css';
// The downloads' row (spacing, and hidden on paper) is styled there; this page may be the first to use it.
import '@/ui/committee-actions.css';

type Child = ScorecardResponse['children'][number];

function childColumns(
  structureId: string,
  period: string | undefined,
  profiles: ProfileChoice | undefined,
): Column<Child>[] {
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
        search={{ status, period, profiles }}
        className={`count-link count-link--${status}`}
        aria-label={`${child.node.name}: ${child.counts[key]} ${statusLabel(status).toLowerCase()}`}
      >
        <StatusShape status={status} /> {child.counts[key]}
      </Link>
    ),
  });
  const plain = (id: 'total' | 'worsening', header: string): Column<Child> => ({
    id,
    header,
    numeric: true,
    sortValue: (child) => child.counts[id],
    cell: (child) => child.counts[id],
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
          search={{ period, profiles }}
        >
          {child.node.name}
        </Link>
      ),
    },
    count('red', 'red'),
    count('amber', 'amber'),
    count('green', 'green'),
    count('notRated', 'not-rated'),
    plain('total', 'Total'),
    plain('worsening', 'Worsening'),
  ];
}

/** The divisions or units below a node, with their counts at each status; each count opens that list. */
export function ChildrenTable({
  structureId,
  node,
  children,
  search: { period, profiles },
  download,
}: {
  structureId: string;
  node: OrgNode;
  children: Child[];
  search: { period?: string | undefined; profiles?: ProfileChoice | undefined };
  download: ChildrenDownload;
}) {
  if (children.length === 0) return null;
  const words = childWords[node.kind];
  return (
    <section aria-labelledby="children-title">
      <h2 id="children-title">{words}</h2>
      <ScrollRegion label={`${words} of ${node.name}`}>
        <DataTable
          caption={`${words} of ${node.name}, with the number of indicators at each status`}
          captionHidden
          columns={childColumns(structureId, period, profiles)}
          groups={[{ key: 'children', headings: [], rows: children }]}
          rowKey={(child) => child.node.id}
          reflow
          className="children-table"
        />
      </ScrollRegion>
      <div className="committee-actions">
        <TableDownloads
          what="these counts"
          fileNameParts={['ragstone', download.authority?.id, node.id, 'counts', download.asAt]}
          table={() => childrenExport(node, children, download)}
        />
      </div>
    </section>
  );
}

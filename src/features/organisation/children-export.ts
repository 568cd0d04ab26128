/**
 * The "Divisions and units" counts table as a download, through the one export path: the CSV is
 * the table alone, the workbook puts the title, period and source above it and a sheet saying
 * what each count means. Counts are whole numbers; the statuses are the domain's labels.
 */
import type { ScorecardResponse } from '@/data/api/contract';
import type { OrgNode } from '@/data/contract/dataset-schema';
import { statusLabel } from '@/domain/rating';
import { TERM_COLUMNS, type ExportTable } from '@/lib/table-export';
import type { SheetColumn } from '@/lib/xlsx';
import { headingLines } from '@/ui/figures-export';
import type { TableHeading } from '@/ui/table-figures';
import { childWords } from './organisation-words';

type Child = ScorecardResponse['children'][number];

/** What the page knows about the download: whose council, which period, where figures come from. */
export interface ChildrenDownload {
  authority: { id: string; name: string } | undefined;
  asAt: string | undefined;
  source: string;
}

const COUNT_KEYS = ['red', 'amber', 'green', 'notRated'] as const;
const COUNT_STATUSES = {
  red: 'red',
  amber: 'amber',
  green: 'green',
  notRated: 'not-rated',
} as const;
const WHOLE_NUMBER = '#,##0';

function countColumn(header: string): SheetColumn {
  return { header, numFmt: WHOLE_NUMBER, width: 12 };
}

export function childrenExport(
  node: OrgNode,
  children: readonly Child[],
  download: ChildrenDownload,
): ExportTable {
  const words = childWords[node.kind];
  const heading: TableHeading = {
    title: `${download.authority?.name ?? 'The authority'}: ${words} of ${node.name}`,
    asAt: download.asAt,
    source: download.source,
  };
  return {
    table: {
      name: words,
      heading: headingLines(heading),
      columns: [
        { header: 'Name', width: 40 },
        ...COUNT_KEYS.map((key) => countColumn(statusLabel(COUNT_STATUSES[key]))),
        countColumn('Total'),
        countColumn('Worsening'),
      ],
      rows: children.map((child) => [
        child.node.name,
        ...COUNT_KEYS.map((key) => child.counts[key]),
        child.counts.total,
        child.counts.worsening,
      ]),
    },
    definitions: {
      name: 'Definitions',
      heading: [`${heading.title}: what the columns mean`],
      columns: TERM_COLUMNS,
      rows: [
        ...COUNT_KEYS.map((key) => [
          statusLabel(COUNT_STATUSES[key]),
          `Indicators the division or unit owns whose latest figure is ${statusLabel(COUNT_STATUSES[key]).toLowerCase()}, as the scorecard rates them.`,
        ]),
        ['Total', 'Every indicator the division or unit owns, whatever its status.'],
        ['Worsening', 'Indicators whose recent figures are moving the wrong way.'],
      ],
    },
  };
}

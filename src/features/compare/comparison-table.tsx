import type { MeasureUnit } from '@/data/contract/dataset-schema';
import type { AreaPosition } from '@/domain/compare';
import { describeQuartile, positionLabel } from '@/domain/compare';
import { formatValue, NO_VALUE } from '@/domain/format';
import { formatPeriod } from '@/domain/periods';
import { DataTable, type Column, type RowGroup } from '@/ui/data-table';
import { ProvenanceDetails } from '@/ui/provenance-details';
import type { ComparisonView, ComparedFigure } from './comparison-model';

interface ComparisonTableProps {
  view: ComparisonView;
  unit: MeasureUnit;
  caption: string;
  documentTitles: ReadonlyMap<string, string>;
}

type Row = ComparedFigure & {
  position: AreaPosition | undefined;
  /**
   * The row's place: the next indicator's figures are written into the same rows, not 152 rows
   * moved into a new order (ADR 0097). A reference figure keeps its area.
   */
  slot: string;
};

function sourceCell(row: Row, documentTitles: ReadonlyMap<string, string>) {
  if (row.importedFrom)
    return <span className="imported-tag">Imported from {row.importedFrom}</span>;
  if (row.provenance)
    return (
      <ProvenanceDetails
        // Another paper's line is a new disclosure, closed, not the last one's left open.
        key={`${row.provenance.document}:${row.provenance.line}`}
        provenance={row.provenance}
        documentTitle={documentTitles.get(row.provenance.document)}
      />
    );
  return row.value === null ? NO_VALUE : 'Not recorded';
}

/** The chart's figures as a sortable table, best first, with each figure's source. */
export function ComparisonTable({ view, unit, caption, documentTitles }: ComparisonTableProps) {
  const positions = new Map(view.ranking.positions.map((p) => [p.areaId, p]));
  const order = new Map(view.ranking.positions.map((p, index) => [p.areaId, index]));
  const ranked: Row[] = view.ranked
    .map((f) => ({ ...f, position: positions.get(f.areaId), slot: '' }))
    .sort((a, b) => (order.get(a.areaId) ?? 0) - (order.get(b.areaId) ?? 0))
    .map((row, index) => ({ ...row, slot: `place-${index}` }));
  const references: Row[] = view.references.map((f) => ({
    ...f,
    position: undefined,
    slot: `reference-${f.areaId}`,
  }));
  const positionColumn: Column<Row> = {
    id: 'position',
    header: view.ranking.isJudged ? 'Position' : 'Order (highest first)',
    numeric: true,
    cell: (row) =>
      row.position?.position == null ? (
        NO_VALUE
      ) : (
        <>
          {positionLabel(row.position.position, row.position.isTied)}
          {row.position.quartile ? (
            <span className="muted"> ({describeQuartile(row.position.quartile)})</span>
          ) : null}
        </>
      ),
    sortValue: (row) => row.position?.position ?? null,
  };
  const columns: Column<Row>[] = [
    // Too few figures to rank: the figures are shown, but no column of positions.
    ...(view.ranking.tooFewToRank ? [] : [positionColumn]),
    {
      id: 'area',
      header: 'Area',
      isRowHeader: true,
      cell: (row) =>
        row.isLead ? (
          <strong className="lead-name">
            <span aria-hidden="true">▶ </span>
            {row.name} <span className="lead-tag">(lead authority)</span>
          </strong>
        ) : (
          row.name
        ),
      sortValue: (row) => row.name,
    },
    {
      id: 'value',
      header: 'Figure',
      numeric: true,
      cell: (row) =>
        row.value === null
          ? row.printed
            ? `No figure (${row.printed})`
            : 'No figure'
          : formatValue(row.value, unit),
      sortValue: (row) => row.value,
    },
    {
      id: 'period',
      header: 'Period',
      cell: (row) => (row.period ? formatPeriod(row.period) : NO_VALUE),
      sortValue: (row) => row.period,
      className: 'comparison-table__period',
    },
    {
      id: 'source',
      header: 'Source',
      cell: (row) => sourceCell(row, documentTitles),
      className: 'comparison-table__source',
    },
  ];
  const groups: RowGroup<Row>[] = [
    {
      key: 'ranked',
      headings: [{ key: 'ranked-heading', text: view.group.name, level: 1 }],
      rows: ranked,
    },
  ];
  if (references.length > 0) {
    groups.push({
      key: 'references',
      headings: [
        {
          key: 'references-heading',
          text: 'Averages and reference figures (not ranked)',
          level: 1,
        },
      ],
      rows: references,
    });
  }
  return (
    <DataTable
      caption={caption}
      columns={columns}
      groups={groups}
      rowKey={(row) => row.slot}
      reflow
      className="comparison-table"
    />
  );
}

import type { Observation, MeasureUnit } from '@/data/contract/dataset-schema';
import { figureBasisOrder } from '@/domain/figure-basis';
import { formatValue, NO_VALUE } from '@/domain/format';
import { comparePeriodIds, formatPeriod } from '@/domain/periods';
import { DataTable, type Column } from '@/ui/data-table';
import { StatusBadge } from '@/ui/status-badge';
import { missingReasonLabels } from '@/domain/missing-reasons';
import { figureLabel, measureOrder } from './figure-labels';
import { ProvenanceDetails } from '@/ui/provenance-details';

interface FiguresTableProps {
  observations: readonly Observation[];
  unit: MeasureUnit;
  title: string;
  documentTitles: ReadonlyMap<string, string>;
}

function valueText(o: Observation, unit: MeasureUnit): string {
  if (o.value !== null) return formatValue(o.value, unit);
  if (o.text) return o.text;
  if (o.missing) return `No value (${missingReasonLabels[o.missing.reason]})`;
  return 'No value';
}

/** Every figure held for the indicator, each with the row of the paper it was read from. */
export function FiguresTable({ observations, unit, title, documentTitles }: FiguresTableProps) {
  const rows = [...observations].sort(
    (a, b) =>
      comparePeriodIds(a.period, b.period) ||
      measureOrder.indexOf(a.measure) - measureOrder.indexOf(b.measure) ||
      figureBasisOrder(a.basis) - figureBasisOrder(b.basis),
  );
  const columns: Column<Observation>[] = [
    {
      id: 'period',
      header: 'Period',
      cell: (o) => formatPeriod(o.period),
      sortValue: (o) => o.period,
      isRowHeader: true,
    },
    {
      id: 'figure',
      header: 'Figure',
      cell: (o) => figureLabel(o.measure, o.basis),
      sortValue: (o) => measureOrder.indexOf(o.measure),
    },
    {
      id: 'value',
      header: 'Value',
      numeric: true,
      cell: (o) => valueText(o, unit),
      sortValue: (o) => o.value,
    },
    {
      id: 'printed',
      header: 'As printed',
      cell: (o) => (o.printed ?? o.missing?.text ?? o.text ?? '') || NO_VALUE,
    },
    {
      id: 'published',
      header: 'Published status',
      cell: (o) => (o.publishedRag ? <StatusBadge status={o.publishedRag} /> : NO_VALUE),
    },
    {
      id: 'source',
      header: 'Source',
      className: 'figures-table__source',
      cell: (o) =>
        o.provenance ? (
          <ProvenanceDetails
            provenance={o.provenance}
            documentTitle={documentTitles.get(o.provenance.document)}
          />
        ) : (
          'Not recorded'
        ),
    },
  ];
  return (
    <DataTable
      caption={`Every figure held for ${title}`}
      columns={columns}
      groups={[{ key: 'all', headings: [], rows }]}
      rowKey={(o) => `${o.period}|${o.measure}|${o.basis}|${o.area}`}
      reflow
      className="figures-table"
    />
  );
}

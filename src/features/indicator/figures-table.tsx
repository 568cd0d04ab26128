import type { MeasureUnit, Observation, Provenance } from '@/data/contract/dataset-schema';
import { formatValue, NO_VALUE } from '@/domain/format';
import { formatPeriod } from '@/domain/periods';
import { DataTable, type Column } from '@/ui/data-table';
import { StatusBadge } from '@/ui/status-badge';
import { missingReasonLabels } from '@/domain/missing-reasons';
import { figureLabel, measureOrder } from './figure-labels';
import { ProvenanceDetails } from '@/ui/provenance-details';
import { figuresInOrder, type FigureWithPrintings } from './figure-printings';

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

function Printings({
  printings,
  documentTitles,
}: {
  printings: readonly Provenance[];
  documentTitles: ReadonlyMap<string, string>;
}) {
  const details = (provenance: Provenance) => (
    <ProvenanceDetails
      provenance={provenance}
      documentTitle={documentTitles.get(provenance.document)}
    />
  );
  const [only] = printings;
  if (only === undefined) return 'Not recorded';
  if (printings.length === 1) return details(only);
  return (
    <>
      <p className="figures-table__printings">Printed {printings.length} times</p>
      <ul className="figures-table__printing-list">
        {printings.map((provenance) => (
          <li key={`${provenance.document}|${provenance.line}`}>{details(provenance)}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * Every figure held for the indicator, once each, with every row of the papers it was printed in
 * (a figure the papers repeat is one row with several sources).
 */
export function FiguresTable({ observations, unit, title, documentTitles }: FiguresTableProps) {
  const rows = figuresInOrder(observations);
  const columns: Column<FigureWithPrintings>[] = [
    {
      id: 'period',
      header: 'Period',
      cell: ({ observation: o }) => formatPeriod(o.period),
      sortValue: ({ observation: o }) => o.period,
      isRowHeader: true,
    },
    {
      id: 'figure',
      header: 'Figure',
      cell: ({ observation: o }) => figureLabel(o.measure, o.basis),
      sortValue: ({ observation: o }) => measureOrder.indexOf(o.measure),
    },
    {
      id: 'value',
      header: 'Value',
      numeric: true,
      cell: ({ observation: o }) => valueText(o, unit),
      sortValue: ({ observation: o }) => o.value,
    },
    {
      id: 'printed',
      header: 'As printed',
      cell: ({ observation: o }) => (o.printed ?? o.missing?.text ?? o.text ?? '') || NO_VALUE,
    },
    {
      id: 'published',
      header: 'Published status',
      cell: ({ observation: o }) =>
        o.publishedRag ? <StatusBadge status={o.publishedRag} /> : NO_VALUE,
    },
    {
      id: 'source',
      header: 'Source',
      className: 'figures-table__source',
      cell: ({ printings }) => <Printings printings={printings} documentTitles={documentTitles} />,
    },
  ];
  return (
    <DataTable
      caption={`Every figure held for ${title}`}
      columns={columns}
      groups={[{ key: 'all', headings: [], rows }]}
      rowKey={(figure) => figure.key}
      reflow
      className="figures-table"
    />
  );
}

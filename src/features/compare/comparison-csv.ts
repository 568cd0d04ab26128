/**
 * The comparison's rows as the exports (CSV and XLSX, comparison-xlsx.ts) write them: the ranked areas best first, then the averages, each with
 * its period and source. Positions and quartiles come from the domain ranking, never recomputed.
 */
import type { Provenance } from '@/data/contract/dataset-schema';
import { describeQuartile, positionLabel } from '@/domain/compare';
import type { CsvCell } from '@/lib/csv';
import type { ComparedFigure, ComparisonView } from './comparison-model';

export const COMPARISON_CSV_HEADERS = [
  'Area',
  'Figure',
  'Period',
  'Position',
  'Quartile',
  'Source',
  'Compared with',
] as const;

function sourceText(
  figure: ComparedFigure,
  documentTitles: ReadonlyMap<string, string>,
): string | undefined {
  if (figure.importedFrom) return `Imported from ${figure.importedFrom}`;
  const provenance: Provenance | undefined = figure.provenance;
  if (!provenance) return undefined;
  return `${documentTitles.get(provenance.document) ?? provenance.document}, line ${provenance.line}`;
}

/** The comparison's rows, ranked areas best first then the references, as the exports write them. */
export function comparisonRecords(
  view: ComparisonView,
  documentTitles: ReadonlyMap<string, string>,
): CsvCell[][] {
  const positions = new Map(view.ranking.positions.map((p) => [p.areaId, p]));
  const order = new Map(view.ranking.positions.map((p, index) => [p.areaId, index]));
  const ranked = [...view.ranked].sort(
    (a, b) => (order.get(a.areaId) ?? 0) - (order.get(b.areaId) ?? 0),
  );
  const record = (figure: ComparedFigure): CsvCell[] => {
    const position = positions.get(figure.areaId);
    return [
      figure.name,
      figure.value,
      figure.period,
      // A shared position is written '3=' (text); an unshared one stays a number.
      position?.position == null
        ? undefined
        : position.isTied
          ? positionLabel(position.position, true)
          : position.position,
      position?.quartile ? describeQuartile(position.quartile) : undefined,
      sourceText(figure, documentTitles),
      view.group.name,
    ];
  };
  return [...ranked, ...view.references].map(record);
}

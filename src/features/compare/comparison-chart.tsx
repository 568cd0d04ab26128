import type { MeasureUnit } from '@/data/contract/dataset-schema';
import { formatValue } from '@/domain/format';
import { formatPeriod } from '@/domain/periods';
import { ChartFrame } from '@/ui/chart/chart-frame';
import { chartColour } from '@/ui/chart/chart-tokens';
import type { ChartExportInfo } from '@/ui/chart/export-chart';
import type { LegendEntry } from '@/ui/chart/legend';
import { ComparisonBars } from './comparison-bars';
import { ComparisonDotPlot } from './comparison-dot-plot';
import type { ComparedFigure } from './comparison-model';

interface ComparisonChartProps {
  /** The areas in the table's order: best (or highest) first. */
  figures: readonly ComparedFigure[];
  references: readonly ComparedFigure[];
  unit: MeasureUnit;
  summaryId: string;
  /** The period being compared, to flag reference figures from another one in the key. */
  period: string | null;
  download?: ChartExportInfo | undefined;
}

/** Above this many areas, one labelled bar each is a wall of text: a dot per area reads better. */
export const MAX_BARS = 40;

const REFERENCE_DASHES = ['6 3', '2 3', '10 4 2 4', '1 4'];

export function referenceDash(index: number): string {
  return REFERENCE_DASHES[index % REFERENCE_DASHES.length] ?? '6 3';
}

/** More reference lines than this hide the figures; the rest are in the table. */
export const MAX_REFERENCE_LINES = 3;

/** The averages drawn as lines: the country first, then the others in their order. */
export function chooseReferenceLines<T extends { areaType: string; value: number | null }>(
  references: readonly T[],
): T[] {
  const withValue = references.filter((r) => r.value !== null);
  const rank = (r: T) => (r.areaType === 'country' ? 0 : 1);
  return [...withValue].sort((a, b) => rank(a) - rank(b)).slice(0, MAX_REFERENCE_LINES);
}

export interface PlottedFigure {
  areaId: string;
  name: string;
  value: number;
  isLead: boolean;
  isImported: boolean;
}

export interface PlottedReference {
  areaId: string;
  name: string;
  value: number;
  dash: string;
}

function keyEntries(
  plotted: readonly PlottedFigure[],
  references: readonly ComparedFigure[],
  unit: MeasureUnit,
  period: string | null,
  isDotPlot: boolean,
): LegendEntry[] {
  const entries: LegendEntry[] = [];
  if (plotted.some((f) => f.isLead)) {
    entries.push(
      isDotPlot
        ? {
            label: 'Yellow diamond, labelled: the authority being compared',
            colour: chartColour.ink,
            width: 0,
            marker: 'diamond',
            markerFill: chartColour.lead,
          }
        : {
            label: "Hatched bar, labelled '(lead)': the authority being compared",
            colour: chartColour.lead,
            kind: 'hatched',
          },
    );
  }
  references.forEach((reference, index) => {
    if (reference.value === null) return;
    const when =
      reference.period && reference.period !== period ? ` (${formatPeriod(reference.period)})` : '';
    entries.push({
      label: `${reference.name}: ${formatValue(reference.value, unit)}${when}`,
      colour: chartColour.ink,
      dash: referenceDash(index),
      width: 2,
    });
  });
  if (plotted.some((f) => f.isImported)) {
    entries.push(
      isDotPlot
        ? {
            label: 'Hollow circle: a figure from an imported file',
            colour: chartColour.muted,
            width: 0,
            marker: 'hollow-circle',
          }
        : {
            label: "Dashed outline, labelled '(imported)': a figure from an imported file",
            colour: chartColour.paper,
            kind: 'area',
            outline: { colour: chartColour.muted, dash: '4 2' },
          },
    );
  }
  return entries;
}

/**
 * Each area's figure with the averages as reference lines: labelled bars for a group of up to
 * 40, a ranked dot plot for more (the table beside it names every area).
 */
export function ComparisonChart({
  figures,
  references,
  unit,
  summaryId,
  period,
  download,
}: ComparisonChartProps) {
  const plotted: PlottedFigure[] = figures.flatMap((f) =>
    f.value === null
      ? []
      : [
          {
            areaId: f.areaId,
            name: f.name,
            value: f.value,
            isLead: f.isLead,
            isImported: f.importedFrom !== undefined,
          },
        ],
  );
  const drawnReferences = chooseReferenceLines(references);
  const lines: PlottedReference[] = drawnReferences.flatMap((r, index) =>
    r.value === null
      ? []
      : [{ areaId: r.areaId, name: r.name, value: r.value, dash: referenceDash(index) }],
  );
  const isDotPlot = plotted.length > MAX_BARS;
  return (
    <ChartFrame
      className="comparison-chart"
      label={isDotPlot ? 'Dot plot of the figures' : 'Bar chart of the figures'}
      summaryId={summaryId}
      legend={keyEntries(plotted, drawnReferences, unit, period, isDotPlot)}
      download={download}
    >
      {isDotPlot ? (
        <ComparisonDotPlot figures={plotted} references={lines} unit={unit} />
      ) : (
        <ComparisonBars figures={plotted} references={lines} unit={unit} />
      )}
    </ChartFrame>
  );
}

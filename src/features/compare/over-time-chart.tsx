import type { MeasureUnit } from '@/data/contract/dataset-schema';
import { formatPeriod } from '@/domain/periods';
import { chartFormatters } from '@/ui/chart/chart-format';
import { ChartFrame } from '@/ui/chart/chart-frame';
import { chartColour, seriesColours } from '@/ui/chart/chart-tokens';
import type { ChartExportInfo } from '@/ui/chart/export-chart';
import type { LegendEntry } from '@/ui/chart/legend';
import { LinePlot, type LineSeries } from '@/ui/chart/line-plot';
import type { MarkerKind } from '@/ui/chart/marker';
import { niceScale } from '@/ui/chart/scale';
import type { OverTimeModel } from './over-time-model';

interface OverTimeChartProps {
  model: OverTimeModel;
  unit: MeasureUnit;
  summaryId: string;
  download?: ChartExportInfo | undefined;
}

const DASHES = ['', '6 3', '2 3', '10 3 2 3'];
const MARKERS: readonly MarkerKind[] = ['circle', 'square', 'triangle', 'diamond'];
/** With more periods than this, markers on every point would hide the lines. */
const MAX_MARKED_PERIODS = 24;

function linesOf(model: OverTimeModel): LineSeries[] {
  const marked = model.periods.length <= MAX_MARKED_PERIODS;
  return model.lines.map((line, index) => {
    const colour = line.isLead
      ? chartColour.ink
      : (seriesColours[index % seriesColours.length] ?? chartColour.muted);
    const marker = MARKERS[index % MARKERS.length] ?? 'circle';
    return {
      key: line.areaId,
      label: line.isLead ? `${line.name} (lead)` : line.name,
      values: line.values,
      colour,
      width: line.isLead ? 3.5 : 1.8,
      dash: line.isReference ? '6 3' : line.isLead ? undefined : DASHES[index % DASHES.length],
      marker: !marked ? 'none' : line.isLead ? 'circle' : marker,
      connectNulls: true,
    };
  });
}

/**
 * The chosen areas over time, each with its own colour, dash and marker (the lead thick and
 * black), over the group's median and the band between its quartiles when the group is large.
 */
export function OverTimeChart({ model, unit, summaryId, download }: OverTimeChartProps) {
  const { format, formatTick } = chartFormatters(unit);
  const lines = linesOf(model);
  const { spread } = model;
  if (spread) {
    lines.unshift({
      key: 'group-median',
      label: 'Group median',
      values: spread.median,
      colour: chartColour.median,
      width: 2,
      dash: '1 3',
      marker: 'none',
    });
  }
  const values = [
    ...lines.flatMap((line) => line.values),
    ...(spread ? [...spread.lower, ...spread.upper] : []),
  ].filter((v): v is number => v !== null);
  const scale = niceScale(Math.min(0, ...values), Math.max(0, ...values), 4);
  const legend: LegendEntry[] = [
    ...(spread
      ? [
          {
            label: 'Middle half of the group (between its quartiles)',
            colour: chartColour.band,
            kind: 'area' as const,
          },
        ]
      : []),
    ...lines.map((line) => ({
      label: line.label,
      colour: line.colour,
      dash: line.dash,
      width: line.width,
      marker: line.marker,
    })),
  ];
  return (
    <ChartFrame
      className="over-time-chart"
      label="Line chart of the figures over time"
      summaryId={summaryId}
      legend={legend}
      download={download}
    >
      <LinePlot
        categories={model.periods.map(formatPeriod)}
        series={lines}
        bands={
          spread
            ? [
                {
                  key: 'quartiles',
                  lower: spread.lower,
                  upper: spread.upper,
                  fill: chartColour.band,
                },
              ]
            : []
        }
        scale={scale}
        format={(value) => format(value)}
        formatTick={(value) => formatTick(value)}
        height={320}
      />
    </ChartFrame>
  );
}

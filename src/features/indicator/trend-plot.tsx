/**
 * The indicator page's trend, drawn with Recharts (the product's chart library). It takes the
 * same series description as the plain-SVG LinePlot (src/ui/chart/line-plot.tsx), so the look of
 * each figure (colour token, dash, marker, end label) is decided once in trend-look.ts; only the
 * drawing differs. Recharts loads with the indicator route, never in the first view.
 */
import { Area, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { chartColour } from '@/ui/chart/chart-tokens';
import type { LinePlotProps, LineSeries } from '@/ui/chart/line-plot';
import { Marker } from '@/ui/chart/marker';
import { tickLabelWidth } from '@/ui/chart/scale';
import { CHART_FONT, EndLabel } from '@/ui/chart/svg-canvas';
import '@/ui/chart/chart.css';

type Row = Record<string, string | number | null | readonly [number, number]>;

/** One row per category: each series' value under its key, each band as a [lower, upper] pair. */
export function trendRows({
  categories,
  series,
  bands = [],
}: Pick<LinePlotProps, 'categories' | 'series' | 'bands'>): Row[] {
  return categories.map((label, index) => {
    const row: Row = { label };
    for (const line of series) row[line.key] = line.values[index] ?? null;
    for (const band of bands) {
      const lower = band.lower[index];
      const upper = band.upper[index];
      row[band.key] =
        lower === null || lower === undefined || upper === null || upper === undefined
          ? null
          : [lower, upper];
    }
    return row;
  });
}

/** The index of a series' last figure, where its end label ('Target 80%') is written. */
export function lastIndexOf(values: readonly (number | null)[]): number {
  for (let index = values.length - 1; index >= 0; index -= 1) {
    if (values[index] !== null && values[index] !== undefined) return index;
  }
  return -1;
}

interface SeriesDotProps {
  line: LineSeries;
  lastIndex: number;
  categories: readonly string[];
  format: (value: number) => string;
  /** Given by Recharts when it clones the dot for each point. */
  cx?: number;
  cy?: number;
  index?: number;
  value?: unknown;
}

/** The series' marker at one point, with the end label on its last figure. */
function SeriesDot({ line, lastIndex, categories, format, cx, cy, index, value }: SeriesDotProps) {
  if (cx === undefined || cy === undefined || Number.isNaN(cy) || typeof value !== 'number') {
    return <g />;
  }
  const at = index ?? -1;
  return (
    <g>
      <Marker
        kind={line.marker}
        x={cx}
        y={cy}
        colour={line.colour}
        fill={line.markerFill}
        title={`${line.label}, ${categories[at] ?? ''}: ${format(value)}`}
      />
      {line.endLabel && at === lastIndex ? (
        <EndLabel x={cx} y={cy - 8}>
          {line.endLabel}
        </EndLabel>
      ) : null}
    </g>
  );
}

export function TrendPlot(plot: LinePlotProps) {
  const { categories, series, bands = [], scale, formatTick, format, height } = plot;
  const axisWidth = tickLabelWidth(scale.ticks, formatTick, CHART_FONT) + 12;
  const tick = { fill: chartColour.ink, fontSize: CHART_FONT };
  return (
    <ComposedChart
      data={trendRows({ categories, series, bands })}
      responsive
      style={{ width: '100%', height }}
      // The chart is one described image; the figures table is its accessible alternative.
      accessibilityLayer={false}
      margin={{ top: 28, right: 16, bottom: 4, left: 0 }}
    >
      <CartesianGrid stroke={chartColour.grid} vertical={false} />
      <XAxis
        dataKey="label"
        tick={tick}
        interval="preserveStartEnd"
        minTickGap={12}
        padding={{ left: 24, right: 24 }}
      />
      <YAxis
        domain={[scale.domain[0], scale.domain[1]]}
        ticks={[...scale.ticks]}
        tickFormatter={(value: number) => formatTick(value)}
        tick={tick}
        width={axisWidth}
        allowDataOverflow
      />
      <Tooltip formatter={(value) => (typeof value === 'number' ? format(value) : String(value))} />
      {bands.map((band) => (
        <Area
          key={band.key}
          dataKey={band.key}
          fill={band.fill}
          fillOpacity={0.8}
          stroke="none"
          tooltipType="none"
          activeDot={false}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
      {series.map((line) => (
        <Line
          key={line.key}
          dataKey={line.key}
          name={line.label}
          type={line.curve === 'step' ? 'stepAfter' : 'linear'}
          stroke={line.colour}
          strokeWidth={line.width}
          strokeDasharray={line.dash}
          connectNulls={line.connectNulls ?? false}
          dot={
            <SeriesDot
              line={line}
              lastIndex={lastIndexOf(line.values)}
              categories={categories}
              format={format}
            />
          }
          activeDot={false}
          isAnimationActive={false}
        />
      ))}
    </ComposedChart>
  );
}

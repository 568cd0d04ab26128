import { lazy, Suspense, useState } from 'react';
import type { MeasureUnit, Polarity } from '@/data/contract/dataset-schema';
import { chartFormatters } from '@/ui/chart/chart-format';
import { ChartFrame } from '@/ui/chart/chart-frame';
import { chartColour } from '@/ui/chart/chart-tokens';
import type { ChartExportInfo } from '@/ui/chart/export-chart';
import type { LegendEntry } from '@/ui/chart/legend';
import { LinePlot, type BandSeries, type LineSeries } from '@/ui/chart/line-plot';
import { niceScale, type NiceScale } from '@/ui/chart/scale';
import { isMeasured, legendEntryOf, trendLook } from './trend-look';
import type { TrendData, TrendPoint, TrendSeries } from './trend-series';

/**
 * The first view draws the trend in plain SVG (ADR 0037's chart kit); Recharts and its d3, redux
 * and immer (about 115 KB gzip) load only when the reader asks for the interactive chart, with
 * tooltips (ADR 0079). Intent on the button (a resting pointer, focus) starts the download early.
 */
const loadInteractivePlot = () => import('./trend-plot');
const TrendPlot = lazy(() =>
  loadInteractivePlot().then((module) => ({ default: module.TrendPlot })),
);
const preloadInteractivePlot = () => {
  loadInteractivePlot().catch(() => undefined);
};
const PLOT_HEIGHT = 320;

interface TrendChartProps {
  data: TrendData;
  unit: MeasureUnit;
  polarity: Polarity;
  /** Id of the element holding the one-sentence summary the chart is described by. */
  summaryId: string;
  download?: ChartExportInfo | undefined;
}

/**
 * The value axis starts at zero (or below, for negative figures) so a change of a point or two
 * is not drawn as a cliff; a percentage that stays within 100 stops at 100.
 */
export function trendScale(
  points: readonly TrendPoint[],
  series: readonly TrendSeries[],
  unit: MeasureUnit,
): NiceScale {
  const values = points
    .flatMap((point) => series.map((s) => point[s.key]))
    .filter((v): v is number => typeof v === 'number');
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values) * 1.05;
  const scale = niceScale(min, max === 0 ? 1 : max, 4);
  if (unit.type !== 'percent' || max > 100 || scale.domain[1] <= 100) return scale;
  return { domain: [scale.domain[0], 100], ticks: scale.ticks.filter((tick) => tick <= 100) };
}

const valuesOf = (points: readonly TrendPoint[], key: string) =>
  points.map((point) => {
    const value = point[key];
    return typeof value === 'number' ? value : null;
  });

/** The floor's Red zone: between the floor and the bottom (or top, when lower is better). */
function redZone(
  data: TrendData,
  polarity: Polarity,
  scale: NiceScale,
): { band: BandSeries; legend: LegendEntry } | null {
  const floor =
    data.series.find((s) => s.measure === 'floor' && s.basis === 'period') ??
    data.series.find((s) => s.measure === 'floor');
  if (!floor || (polarity !== 'higher-is-better' && polarity !== 'lower-is-better')) return null;
  const levels = valuesOf(data.points, floor.key);
  // A zone needs two points to show; the legend must not promise one that is not drawn.
  if (levels.filter((v) => v !== null).length < 2) return null;
  const isLowerBetter = polarity === 'lower-is-better';
  const edge = (v: number | null) =>
    v === null ? null : isLowerBetter ? scale.domain[1] : scale.domain[0];
  return {
    band: {
      key: 'red-zone',
      lower: isLowerBetter ? levels : levels.map(edge),
      upper: isLowerBetter ? levels.map(edge) : levels,
      fill: chartColour['red-zone'],
    },
    legend: {
      label: isLowerBetter ? 'Above the floor (Red zone)' : 'Below the floor (Red zone)',
      colour: chartColour['red-zone'],
      kind: 'area',
    },
  };
}

/** The short name written at the end of a target or floor line. */
function endLabelOf(
  series: TrendSeries,
  values: readonly (number | null)[],
  format: (v: number) => string,
) {
  if (series.basis !== 'period' || (series.measure !== 'target' && series.measure !== 'floor'))
    return undefined;
  const last = [...values].reverse().find((v): v is number => v !== null);
  if (last === undefined) return undefined;
  return `${series.measure === 'target' ? 'Target' : 'Floor'} ${format(last)}`;
}

/** Levels first, figures last: a forecast of £3.14m must not hide under a £3.1m floor marker. */
const drawOrder = (series: TrendSeries): number => (isMeasured(series) ? 1 : 0);

export function TrendChart({ data, unit, polarity, summaryId, download }: TrendChartProps) {
  const [interactive, setInteractive] = useState(false);
  const { points, series } = data;
  const scale = trendScale(points, series, unit);
  const { format, formatTick } = chartFormatters(unit);
  const formatNumber = (value: number) => format(value);
  const zone = redZone(data, polarity, scale);
  const lines: LineSeries[] = [...series]
    .sort((a, b) => drawOrder(a) - drawOrder(b))
    .map((s) => {
      const values = valuesOf(points, s.key);
      return {
        key: s.key,
        label: s.label,
        values,
        endLabel: endLabelOf(s, values, formatNumber),
        ...trendLook(s),
      };
    });
  const legend = [...series.map(legendEntryOf), ...(zone ? [zone.legend] : [])];
  const plot = {
    categories: points.map((point) => point.label),
    series: lines,
    bands: zone ? [zone.band] : [],
    scale,
    format: formatNumber,
    formatTick: (value: number) => formatTick(value),
    height: PLOT_HEIGHT,
  };

  return (
    <>
      <ChartFrame
        className="trend-chart"
        label="Trend chart"
        summaryId={summaryId}
        legend={legend}
        download={download}
      >
        {interactive ? (
          // The plain drawing stays until Recharts has arrived, so nothing moves meanwhile.
          <Suspense fallback={<LinePlot {...plot} />}>
            <TrendPlot {...plot} />
          </Suspense>
        ) : (
          <LinePlot {...plot} />
        )}
      </ChartFrame>
      <p className="trend-chart__mode">
        <button
          type="button"
          className="button button--secondary button--small"
          aria-pressed={interactive}
          onPointerEnter={preloadInteractivePlot}
          onFocus={preloadInteractivePlot}
          onClick={() => {
            setInteractive((on) => !on);
          }}
        >
          Interactive chart (values on hover)
        </button>
      </p>
    </>
  );
}

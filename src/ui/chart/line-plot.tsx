import { useRef } from 'react';
import { chartColour } from './chart-tokens';
import { Marker, type MarkerKind } from './marker';
import {
  estimateTextWidth,
  labelInterval,
  linearScale,
  tickLabelWidth,
  type NiceScale,
} from './scale';
import { CHART_FONT, EndLabel, SvgCanvas, ValueGridlines } from './svg-canvas';
import { useChartWidth } from './use-chart-width';
import './chart.css';

export interface LineSeries {
  key: string;
  label: string;
  /** One value per category; null where there is no figure. */
  values: readonly (number | null)[];
  colour: string;
  width: number;
  dash?: string | undefined;
  marker: MarkerKind;
  markerFill?: string | undefined;
  /** 'step' holds each value until the next (a yearly level drawn across its months). */
  curve?: 'linear' | 'step';
  /** Join across missing figures instead of breaking the line. */
  connectNulls?: boolean;
  /** Text written at the line's last value, such as 'Target 80%'. */
  endLabel?: string | undefined;
}

export interface BandSeries {
  key: string;
  lower: readonly (number | null)[];
  upper: readonly (number | null)[];
  fill: string;
}

export interface LinePlotProps {
  /** The label of each category along the x axis, in order. */
  categories: readonly string[];
  series: readonly LineSeries[];
  bands?: readonly BandSeries[];
  scale: NiceScale;
  formatTick: (value: number) => string;
  format: (value: number) => string;
  height: number;
}

const MARGIN = { top: 16, right: 12, bottom: 28 };

type Point = { x: number; y: number; value: number; index: number };

/** The runs of consecutive points a line is drawn through (one run when nulls are bridged). */
function runs(points: readonly (Point | null)[], connectNulls: boolean): Point[][] {
  const result: Point[][] = [];
  let current: Point[] = [];
  for (const point of points) {
    if (point) current.push(point);
    else if (!connectNulls && current.length > 0) {
      result.push(current);
      current = [];
    }
  }
  if (current.length > 0) result.push(current);
  return result;
}

function pathOf(run: readonly Point[], curve: 'linear' | 'step'): string {
  return run
    .map((point, index) => {
      if (index === 0) return `M${point.x.toFixed(1)} ${point.y.toFixed(1)}`;
      return curve === 'step'
        ? `H${point.x.toFixed(1)}V${point.y.toFixed(1)}`
        : `L${point.x.toFixed(1)} ${point.y.toFixed(1)}`;
    })
    .join('');
}

/**
 * A line chart in plain SVG: categories along x, a value axis with nice ticks, lines with their
 * own dash and marker, shaded bands, and labels at the end of named lines. Nothing is measured
 * but the box's width, so it draws in one pass however many points it has.
 */
export function LinePlot({
  categories,
  series,
  bands = [],
  scale,
  formatTick,
  format,
  height,
}: LinePlotProps) {
  const box = useRef<HTMLDivElement>(null);
  const width = useChartWidth(box);
  const left = tickLabelWidth(scale.ticks, formatTick, CHART_FONT) + 10;
  const plotRight = width - MARGIN.right;
  const plotBottom = height - MARGIN.bottom;
  const count = categories.length;
  const step = count > 1 ? (plotRight - left - 24) / (count - 1) : 0;
  const xOf = (index: number) => (count > 1 ? left + 12 + index * step : (left + plotRight) / 2);
  const yOf = linearScale(scale.domain, [plotBottom, MARGIN.top]);
  const clamp = (value: number) => Math.min(plotBottom, Math.max(MARGIN.top, yOf(value)));
  const longestLabel = Math.max(...categories.map((c) => c.length), 1);
  const every = labelInterval(
    count,
    plotRight - left,
    estimateTextWidth('x'.repeat(longestLabel), CHART_FONT),
  );

  return (
    <div ref={box} className="line-plot">
      <SvgCanvas width={width} height={height}>
        <ValueGridlines
          ticks={scale.ticks}
          y={yOf}
          left={left}
          right={plotRight}
          formatTick={formatTick}
        />
        {categories.map((label, index) =>
          index % every === 0 ? (
            <text
              key={label}
              x={xOf(index)}
              y={plotBottom + 18}
              textAnchor="middle"
              fill={chartColour.ink}
            >
              {label}
            </text>
          ) : null,
        )}
        <line x1={left} x2={plotRight} y1={plotBottom} y2={plotBottom} stroke={chartColour.muted} />
        {bands.map((band) => {
          const spans = runs(
            band.upper.map((upper, index) => {
              const lower = band.lower[index];
              return upper === null || lower === null || lower === undefined
                ? null
                : { x: xOf(index), y: clamp(upper), value: lower, index };
            }),
            false,
          );
          return spans.map((span) => {
            const top = span.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`);
            const bottom = [...span]
              .reverse()
              .map((p) => `${p.x.toFixed(1)},${clamp(p.value).toFixed(1)}`);
            return (
              <polygon
                key={`${band.key}-${span[0]?.index ?? 0}`}
                points={[...top, ...bottom].join(' ')}
                fill={band.fill}
                fillOpacity={0.8}
              />
            );
          });
        })}
        {series.map((line) => {
          const points = line.values.map((value, index) =>
            value === null ? null : { x: xOf(index), y: clamp(value), value, index },
          );
          const lineRuns = runs(points, line.connectNulls ?? false);
          const last = lineRuns.at(-1)?.at(-1);
          return (
            <g key={line.key}>
              {line.width > 0
                ? lineRuns.map((run) => (
                    <path
                      key={run[0]?.index ?? 0}
                      d={pathOf(run, line.curve ?? 'linear')}
                      fill="none"
                      stroke={line.colour}
                      strokeWidth={line.width}
                      strokeDasharray={line.dash}
                      strokeLinejoin="round"
                    />
                  ))
                : null}
              {points.map((point) =>
                point ? (
                  <Marker
                    key={point.index}
                    kind={line.marker}
                    x={point.x}
                    y={point.y}
                    colour={line.colour}
                    fill={line.markerFill}
                    title={`${line.label}, ${categories[point.index] ?? ''}: ${format(point.value)}`}
                  />
                ) : null,
              )}
              {line.endLabel && last ? (
                <EndLabel x={Math.min(last.x, plotRight)} y={last.y - 7}>
                  {line.endLabel}
                </EndLabel>
              ) : null}
            </g>
          );
        })}
      </SvgCanvas>
    </div>
  );
}

import { useId, useRef } from 'react';
import { chartFormatters } from '@/ui/chart/chart-format';
import { chartColour } from '@/ui/chart/chart-tokens';
import { HatchPattern, svgId } from '@/ui/chart/hatch-pattern';
import { fitText, linearScale } from '@/ui/chart/scale';
import { CHART_FONT, HaloText, SvgCanvas } from '@/ui/chart/svg-canvas';
import { useChartWidth } from '@/ui/chart/use-chart-width';
import type { PlottedFigure } from './comparison-chart';
import { comparisonScale, type ComparisonPlotProps } from './comparison-plot';
import '@/ui/chart/chart.css';

const ROW = 28;
const BAR = 18;
const TOP = 8;
const AXIS = 26;

/** The label beside a bar: the name, shortened to the label column, and what kind of figure it is. */
function barLabel(figure: PlottedFigure): string {
  return figure.isLead
    ? `${figure.name} (lead)`
    : figure.isImported
      ? `${figure.name} (imported)`
      : figure.name;
}

/**
 * Horizontal bars with names in a column of fixed width (shortened with an ellipsis, never
 * wrapped into the reference lines; the full name is in each bar's title and in the table).
 */
export function ComparisonBars({ figures, references, unit }: ComparisonPlotProps) {
  const box = useRef<HTMLDivElement>(null);
  const width = useChartWidth(box);
  const hatch = svgId(useId(), 'lead');
  const { format, formatTick } = chartFormatters(unit);
  const isNarrow = width < 480;
  const labelWidth = isNarrow ? 112 : 200;
  const valueSpace = isNarrow ? 56 : 72;
  const scale = comparisonScale({ figures, references }, isNarrow ? 2 : 4);
  const x = linearScale(scale.domain, [labelWidth + 8, width - valueSpace]);
  const height = TOP + figures.length * ROW + AXIS;
  const plotBottom = TOP + figures.length * ROW;
  const zero = x(Math.max(scale.domain[0], Math.min(0, scale.domain[1])));

  return (
    <div ref={box} className="bar-plot">
      <SvgCanvas width={width} height={height}>
        <defs>
          <HatchPattern id={hatch} size={8} strokeWidth={3} />
        </defs>
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={TOP} y2={plotBottom} stroke={chartColour.grid} />
            <text x={x(tick)} y={plotBottom + 17} textAnchor="middle" fill={chartColour.ink}>
              {formatTick(tick)}
            </text>
          </g>
        ))}
        {figures.map((figure, index) => {
          const y = TOP + index * ROW + (ROW - BAR) / 2;
          const end = x(figure.value);
          const label = barLabel(figure);
          return (
            <g key={figure.areaId}>
              <title>{`${label}: ${format(figure.value)}`}</title>
              <text
                className="bar-plot__name"
                x={0}
                y={y + BAR / 2}
                dy="0.32em"
                fill={chartColour.ink}
                fontWeight={figure.isLead ? 700 : 400}
              >
                {fitText(label, labelWidth - 6, CHART_FONT)}
              </text>
              <rect
                x={Math.min(zero, end)}
                y={y}
                width={Math.max(1, Math.abs(end - zero))}
                height={BAR}
                fill={
                  figure.isLead
                    ? `url(#${hatch})`
                    : figure.isImported
                      ? chartColour.paper
                      : chartColour.bar
                }
                stroke={
                  figure.isLead
                    ? chartColour.ink
                    : figure.isImported
                      ? chartColour.muted
                      : chartColour['bar-edge']
                }
                strokeWidth={figure.isLead ? 2 : 1}
                strokeDasharray={figure.isImported ? '4 2' : undefined}
              />
            </g>
          );
        })}
        {references.map((reference) => (
          <line
            key={reference.areaId}
            x1={x(reference.value)}
            x2={x(reference.value)}
            y1={TOP - 4}
            y2={plotBottom}
            stroke={chartColour.ink}
            strokeWidth={1.5}
            strokeDasharray={reference.dash}
          >
            <title>{`${reference.name}: ${format(reference.value)}`}</title>
          </line>
        ))}
        {/* Figures last, on a white halo, so a reference line never runs through one. */}
        {figures.map((figure, index) => (
          <HaloText
            key={figure.areaId}
            x={Math.max(x(figure.value), zero) + 4}
            y={TOP + index * ROW + ROW / 2}
            dy="0.32em"
          >
            {format(figure.value)}
          </HaloText>
        ))}
        <line x1={zero} x2={zero} y1={TOP} y2={plotBottom} stroke={chartColour.muted} />
      </SvgCanvas>
    </div>
  );
}

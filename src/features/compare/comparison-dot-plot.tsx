import { useRef } from 'react';
import { chartFormatters } from '@/ui/chart/chart-format';
import { chartColour } from '@/ui/chart/chart-tokens';
import { Marker } from '@/ui/chart/marker';
import { estimateTextWidth, fitText, linearScale } from '@/ui/chart/scale';
import { CHART_FONT, HaloText, SvgCanvas, ValueGridlines } from '@/ui/chart/svg-canvas';
import { useChartWidth } from '@/ui/chart/use-chart-width';
import type { PlottedReference } from './comparison-chart';
import { comparisonScale, type ComparisonPlotProps } from './comparison-plot';
import '@/ui/chart/chart.css';

const HEIGHT = 300;
const TOP = 28;
const BOTTOM = 40;

/**
 * Many areas as one dot each, in the table's order, with the lead as a labelled yellow diamond
 * and the averages as labelled dashed lines. Nothing is measured, so 152 areas draw at once.
 */
export function ComparisonDotPlot({ figures, references, unit }: ComparisonPlotProps) {
  const box = useRef<HTMLDivElement>(null);
  const width = useChartWidth(box);
  const { format, formatTick } = chartFormatters(unit);
  const scale = comparisonScale({ figures, references }, 4);
  const left =
    Math.max(...scale.ticks.map((t) => estimateTextWidth(formatTick(t), CHART_FONT))) + 12;
  const right = width - 12;
  const plotBottom = HEIGHT - BOTTOM;
  const y = linearScale(scale.domain, [plotBottom, TOP]);
  const step = figures.length > 1 ? (right - left - 16) / (figures.length - 1) : 0;
  const x = (index: number) => left + 8 + index * step;
  const leadIndex = figures.findIndex((f) => f.isLead);
  const lead = figures[leadIndex];
  // Reference labels sit above their lines at the right, pushed apart so none overprints another.
  const labelled = [...references]
    .sort((a, b) => b.value - a.value)
    .reduce<{ reference: PlottedReference; labelY: number }[]>((placed, reference) => {
      const previous = placed[placed.length - 1]?.labelY;
      const wanted = y(reference.value) - 5;
      placed.push({
        reference,
        labelY: previous === undefined ? wanted : Math.max(wanted, previous + CHART_FONT + 3),
      });
      return placed;
    }, []);
  const positionTicks = [...new Set([1, Math.round(figures.length / 2), figures.length])];

  return (
    <div ref={box} className="dot-plot">
      <SvgCanvas width={width} height={HEIGHT}>
        <ValueGridlines
          ticks={scale.ticks}
          y={y}
          left={left}
          right={right}
          formatTick={formatTick}
        />
        {positionTicks.map((position) => (
          <text
            key={position}
            x={x(position - 1)}
            y={plotBottom + 16}
            textAnchor="middle"
            fill={chartColour.ink}
          >
            {position}
          </text>
        ))}
        <text x={(left + right) / 2} y={HEIGHT - 6} textAnchor="middle" fill={chartColour.ink}>
          Position in the table (1 to {figures.length})
        </text>
        {figures.map((figure, index) =>
          figure.isLead ? null : (
            <Marker
              // By place, as x is: the next indicator moves each dot up or down, not along.
              key={index}
              kind={figure.isImported ? 'hollow-circle' : 'circle'}
              x={x(index)}
              y={y(figure.value)}
              colour={figure.isImported ? chartColour.muted : chartColour['bar-edge']}
              size={3}
              title={`${index + 1}. ${figure.name}: ${format(figure.value)}`}
            />
          ),
        )}
        {labelled.map(({ reference, labelY }) => (
          <g key={reference.areaId}>
            <line
              x1={left}
              x2={right}
              y1={y(reference.value)}
              y2={y(reference.value)}
              stroke={chartColour.ink}
              strokeWidth={1.5}
              strokeDasharray={reference.dash}
            />
            <HaloText x={right} y={labelY} textAnchor="end">
              {reference.name}
            </HaloText>
          </g>
        ))}
        {lead ? (
          <g>
            <Marker
              kind="diamond"
              x={x(leadIndex)}
              y={y(lead.value)}
              colour={chartColour.ink}
              fill={chartColour.lead}
              size={7}
              title={`${leadIndex + 1}. ${lead.name} (lead): ${format(lead.value)}`}
            />
            <HaloText
              x={x(leadIndex) + (leadIndex < figures.length / 2 ? 12 : -12)}
              y={Math.max(TOP - 10, y(lead.value) - 12)}
              textAnchor={leadIndex < figures.length / 2 ? 'start' : 'end'}
              fontWeight={700}
            >
              {fitText(
                `${lead.name}: ${format(lead.value)} (${leadIndex + 1} of ${figures.length})`,
                leadIndex < figures.length / 2 ? right - x(leadIndex) - 12 : x(leadIndex) - 12,
                CHART_FONT,
              )}
            </HaloText>
          </g>
        ) : null}
      </SvgCanvas>
    </div>
  );
}

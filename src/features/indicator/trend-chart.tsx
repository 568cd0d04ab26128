import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { MeasureUnit, Polarity } from '@/data/contract/dataset-schema';
import { chartBoxProps, chartFormatters, GRID_STROKE, tickStyle } from '@/ui/chart/chart-format';
import { chartLegend, ChartFrame } from '@/ui/chart/chart-frame';
import type { TrendData, TrendPoint, TrendSeries } from './trend-series';

interface TrendChartProps {
  data: TrendData;
  unit: MeasureUnit;
  polarity: Polarity;
  /** Id of the element holding the one-sentence summary the chart is described by. */
  summaryId: string;
}

/** Colour plus a dash pattern and marker per series, so no line is told apart by colour alone. */
const style: Record<string, { stroke: string; dash?: string; width: number }> = {
  actual: { stroke: '#0b0c0c', width: 3 },
  estimate: { stroke: '#505a5f', dash: '2 4', width: 2 },
  forecast: { stroke: '#1d70b8', dash: '8 5', width: 2.5 },
  target: { stroke: '#00703c', dash: '12 4 2 4', width: 2 },
  floor: { stroke: '#942514', dash: '4 3', width: 2 },
  expected: { stroke: '#6f72af', dash: '6 3', width: 2 },
  'target-without-stretch': { stroke: '#5a7d2c', dash: '3 3', width: 1.5 },
  'target-with-stretch': { stroke: '#28a197', dash: '10 3', width: 1.5 },
};
const ytdStroke = '#912b88';

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
  const step = steps.find((s) => s * magnitude >= value) ?? 10;
  return step * magnitude;
}

export function yDomain(
  points: readonly TrendPoint[],
  series: readonly TrendSeries[],
  unit: MeasureUnit,
): [number, number] {
  const values = points
    .flatMap((point) => series.map((s) => point[s.key]))
    .filter((v): v is number => typeof v === 'number');
  const min = Math.min(0, ...values);
  const max = Math.max(...values, 0) * 1.08;
  const top = unit.type === 'percent' && max <= 100 ? Math.min(100, niceMax(max)) : niceMax(max);
  return [min < 0 ? -niceMax(-min) : 0, top];
}

function Diamond(props: { cx?: number; cy?: number }) {
  const { cx, cy } = props;
  if (cx === undefined || cy === undefined || Number.isNaN(cy)) return <g />;
  return (
    <path
      d={`M${cx} ${cy - 7} L${cx + 7} ${cy} L${cx} ${cy + 7} L${cx - 7} ${cy} Z`}
      fill="#ffdd00"
      stroke="#0b0c0c"
      strokeWidth={1.5}
    />
  );
}

function LevelMarker(props: { cx?: number; cy?: number; colour: string }) {
  const { cx, cy, colour } = props;
  if (cx === undefined || cy === undefined || Number.isNaN(cy)) return <g />;
  return (
    <rect
      x={cx - 5}
      y={cy - 5}
      width={10}
      height={10}
      fill="#ffffff"
      stroke={colour}
      strokeWidth={2}
    />
  );
}

const drawOrder = (measure: string): number =>
  measure === 'actual' || measure === 'forecast' || measure === 'estimate' ? 1 : 0;

export function TrendChart({ data, unit, polarity, summaryId }: TrendChartProps) {
  const { points, series } = data;
  const singlePoint = points.length === 1;
  const domain = yDomain(points, series, unit);
  const floor =
    series.find((s) => s.measure === 'floor' && s.basis === 'period') ??
    series.find((s) => s.measure === 'floor');
  const isLowerBetter = polarity === 'lower-is-better';
  // An area needs two points to show; a lone floor is drawn as its square marker, and the legend
  // must not promise a Red zone that is not on the chart.
  const floorPointCount =
    floor === undefined ? 0 : points.filter((point) => typeof point[floor.key] === 'number').length;
  const hasBand =
    floor !== undefined &&
    (polarity === 'higher-is-better' || isLowerBetter) &&
    (singlePoint || floorPointCount >= 2);
  // A level that never changes is drawn across the whole chart, so it shows even beside one point.
  const constantOf = (key: string | undefined): number | null => {
    if (key === undefined) return null;
    const values = points.map((point) => point[key]);
    const first = values[0];
    return typeof first === 'number' && values.every((v) => v === first) ? first : null;
  };
  const floorLevel = constantOf(floor?.key);
  const target = series.find((s) => s.measure === 'target' && s.basis === 'period');
  const targetLevel = constantOf(target?.key);
  const chartPoints = hasBand
    ? points.map((point) => {
        const value = point[floor.key];
        return typeof value === 'number'
          ? { ...point, floorBand: isLowerBetter ? [value, domain[1]] : [domain[0], value] }
          : point;
      })
    : points;
  const { format, formatTick } = chartFormatters(unit);

  return (
    <ChartFrame className="trend-chart" label="Trend chart" summaryId={summaryId}>
      <ComposedChart
        data={chartPoints}
        {...chartBoxProps(340)}
        margin={{ top: 12, right: 16, bottom: 4, left: 4 }}
      >
        <CartesianGrid stroke={GRID_STROKE} vertical={false} />
        <XAxis
          dataKey="label"
          tick={tickStyle(13)}
          interval="preserveStartEnd"
          minTickGap={12}
          padding={{ left: 24, right: 24 }}
        />
        <YAxis
          domain={domain}
          tickFormatter={formatTick}
          tick={tickStyle(13)}
          width={72}
          allowDataOverflow
        />
        <Tooltip formatter={(value) => format(value)} />
        {chartLegend(14)}
        {hasBand && floorLevel !== null && singlePoint ? (
          <ReferenceArea
            y1={isLowerBetter ? floorLevel : domain[0]}
            y2={isLowerBetter ? domain[1] : floorLevel}
            fill="#f4d7d2"
            fillOpacity={0.7}
            ifOverflow="hidden"
          />
        ) : null}
        {hasBand ? (
          <Area
            dataKey="floorBand"
            name={isLowerBetter ? 'Above the floor (Red zone)' : 'Below the floor (Red zone)'}
            fill="#f4d7d2"
            fillOpacity={0.7}
            stroke="none"
            isAnimationActive={false}
            legendType="rect"
            activeDot={false}
            connectNulls={false}
          />
        ) : null}
        {/* Levels first, figures last: a forecast of £3.14m must not hide under a £3.1m floor marker. */}
        {[...series]
          .sort((a, b) => drawOrder(a.measure) - drawOrder(b.measure))
          .map((s) => {
            if (s.measure === 'baseline') {
              return (
                <Line
                  key={s.key}
                  dataKey={s.key}
                  name={s.label}
                  // The legend takes its icon colour from the stroke; width 0 keeps the points unjoined.
                  stroke="#0b0c0c"
                  strokeWidth={0}
                  legendType="diamond"
                  dot={<Diamond />}
                  activeDot={false}
                  isAnimationActive={false}
                />
              );
            }
            const look = style[s.measure] ?? { stroke: '#0b0c0c', width: 2 };
            const isYtd = s.basis !== 'period';
            const isMeasured =
              s.measure === 'actual' || s.measure === 'forecast' || s.measure === 'estimate';
            return (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.label}
                type={s.isSpread && !isMeasured ? 'stepAfter' : 'linear'}
                stroke={isYtd && s.measure === 'actual' ? ytdStroke : look.stroke}
                strokeWidth={look.width}
                strokeDasharray={isYtd && s.measure === 'actual' ? '1 0' : look.dash}
                dot={
                  isMeasured || singlePoint ? (
                    isYtd ? (
                      { r: 4, fill: '#fff', stroke: ytdStroke, strokeWidth: 2 }
                    ) : (
                      { r: 4, fill: look.stroke }
                    )
                  ) : s.isSpread ? (
                    false
                  ) : (
                    // A yearly target or floor is a level per year: a hollow square marks each one.
                    <LevelMarker colour={look.stroke} />
                  )
                }
                connectNulls={!isMeasured}
                isAnimationActive={false}
              />
            );
          })}
        {singlePoint
          ? [
              { key: 'floor-level', level: floorLevel, look: style.floor },
              { key: 'target-level', level: targetLevel, look: style.target },
            ].map(({ key, level, look }) =>
              level === null || look === undefined ? null : (
                <ReferenceLine
                  key={key}
                  y={level}
                  stroke={look.stroke}
                  strokeWidth={look.width}
                  strokeDasharray={look.dash}
                />
              ),
            )
          : null}
      </ComposedChart>
    </ChartFrame>
  );
}

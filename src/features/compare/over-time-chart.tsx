import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { MeasureUnit } from '@/data/contract/dataset-schema';
import { formatPeriod } from '@/domain/periods';
import { chartBoxProps, chartFormatters, GRID_STROKE, tickStyle } from '@/ui/chart/chart-format';
import { chartLegend, ChartFrame } from '@/ui/chart/chart-frame';

interface OverTimeChartProps {
  rows: ({ period: string } & Record<string, number | string | null>)[];
  lines: { areaId: string; name: string; isLead: boolean; isReference: boolean }[];
  unit: MeasureUnit;
  summaryId: string;
}

const COLOURS = [
  '#1d70b8',
  '#00703c',
  '#912b88',
  '#d4351c',
  '#505a5f',
  '#6f72af',
  '#28a197',
  '#7a5c12',
  '#a8336e',
  '#85994b',
];
const DASHES = ['', '6 3', '2 3', '10 3 2 3'];
const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;

function Marker({
  cx,
  cy,
  kind,
  colour,
}: {
  cx?: number;
  cy?: number;
  kind: (typeof MARKERS)[number];
  colour: string;
}) {
  if (cx === undefined || cy === undefined || Number.isNaN(cy)) return <g />;
  switch (kind) {
    case 'square':
      return <rect x={cx - 4} y={cy - 4} width={8} height={8} fill={colour} />;
    case 'triangle':
      return (
        <path d={`M${cx} ${cy - 5} L${cx + 5} ${cy + 4} L${cx - 5} ${cy + 4} Z`} fill={colour} />
      );
    case 'diamond':
      return (
        <path
          d={`M${cx} ${cy - 5} L${cx + 5} ${cy} L${cx} ${cy + 5} L${cx - 5} ${cy} Z`}
          fill={colour}
        />
      );
    default:
      return <circle cx={cx} cy={cy} r={4} fill={colour} />;
  }
}

/** Each line has its own colour, dash and marker; the lead is thick and black. */
export function OverTimeChart({ rows, lines, unit, summaryId }: OverTimeChartProps) {
  const data = rows.map((row) => ({ ...row, label: formatPeriod(row.period) }));
  const { format, formatTick } = chartFormatters(unit);
  return (
    <ChartFrame
      className="over-time-chart"
      label="Line chart of the figures over time"
      summaryId={summaryId}
    >
      <LineChart
        data={data}
        {...chartBoxProps(320)}
        margin={{ top: 8, right: 16, bottom: 4, left: 4 }}
      >
        <CartesianGrid stroke={GRID_STROKE} vertical={false} />
        <XAxis dataKey="label" tick={tickStyle(12)} padding={{ left: 16, right: 16 }} />
        <YAxis tickFormatter={formatTick} tick={tickStyle(12)} width={72} />
        <Tooltip formatter={(value) => format(value)} />
        {chartLegend(13)}
        {lines.map((line, index) => {
          const colour = line.isLead ? '#0b0c0c' : (COLOURS[index % COLOURS.length] ?? '#1d70b8');
          const kind = MARKERS[index % MARKERS.length] ?? 'circle';
          return (
            <Line
              key={line.areaId}
              dataKey={line.areaId}
              name={line.isLead ? `${line.name} (lead)` : line.name}
              stroke={colour}
              strokeWidth={line.isLead ? 3.5 : 1.8}
              strokeDasharray={
                line.isReference ? '6 3' : line.isLead ? undefined : DASHES[index % DASHES.length]
              }
              dot={<Marker kind={line.isLead ? 'circle' : kind} colour={colour} />}
              connectNulls
              isAnimationActive={false}
            />
          );
        })}
      </LineChart>
    </ChartFrame>
  );
}

import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  ReferenceLine,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import type { MeasureUnit } from '@/data/contract/dataset-schema';
import { chartBoxProps, chartFormatters, GRID_STROKE, tickStyle } from '@/ui/chart/chart-format';
import { ChartFrame } from '@/ui/chart/chart-frame';
import type { ComparedFigure } from './comparison-model';
import { LeadPattern } from './lead-pattern';
import { useIsNarrow } from './use-is-narrow';

interface ComparisonChartProps {
  figures: readonly ComparedFigure[];
  references: readonly ComparedFigure[];
  unit: MeasureUnit;
  summaryId: string;
  /** Order of bars: the table's best-first order. */
}

const REFERENCE_DASHES = ['6 3', '2 3', '10 4 2 4', '1 4'];

type BarDatum = { name: string; value: number; isLead: boolean; isImported: boolean };

function ComparisonBar(props: BarShapeProps) {
  const datum = props.payload as BarDatum | undefined;
  if (datum?.isLead) {
    return <Rectangle {...props} fill="url(#lead-pattern)" stroke="#0b0c0c" strokeWidth={2} />;
  }
  if (datum?.isImported) {
    return (
      <Rectangle
        {...props}
        fill="#ffffff"
        stroke="#505a5f"
        strokeWidth={1.5}
        strokeDasharray="4 2"
      />
    );
  }
  return <Rectangle {...props} fill="#8eb8dc" stroke="#1d70b8" strokeWidth={1} />;
}

/** Horizontal bars so long authority names stay readable; the lead is hatched and labelled. */
export function ComparisonChart({ figures, references, unit, summaryId }: ComparisonChartProps) {
  const data: BarDatum[] = figures
    .filter((f): f is ComparedFigure & { value: number } => f.value !== null)
    .map((f) => ({
      name: f.isLead ? `${f.name} (lead)` : f.importedFrom ? `${f.name} (imported)` : f.name,
      value: f.value,
      isLead: f.isLead,
      isImported: f.importedFrom !== undefined,
    }));
  const values = [
    ...data.map((d) => d.value),
    ...references.flatMap((r) => (r.value === null ? [] : [r.value])),
  ];
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const isNarrow = useIsNarrow();
  const height = Math.max(160, data.length * (isNarrow ? 36 : 30) + 70);
  const { format, formatTick } = chartFormatters(unit);

  return (
    <ChartFrame className="comparison-chart" label="Bar chart of the figures" summaryId={summaryId}>
      <BarChart
        layout="vertical"
        data={data}
        {...chartBoxProps(height)}
        margin={{ top: 8, right: isNarrow ? 52 : 72, bottom: 8, left: 4 }}
      >
        <defs>
          <LeadPattern id="lead-pattern" size={8} strokeWidth={3} />
        </defs>
        <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
        <XAxis
          type="number"
          domain={[min, max === 0 ? 1 : 'auto']}
          tickFormatter={formatTick}
          tick={tickStyle(12)}
          tickCount={isNarrow ? 3 : 5}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={isNarrow ? 104 : 190}
          interval={0}
          tick={tickStyle(isNarrow ? 11 : 13)}
        />
        <Bar dataKey="value" shape={ComparisonBar} isAnimationActive={false} maxBarSize={26}>
          <LabelList
            dataKey="value"
            position="right"
            formatter={format}
            style={{ fill: '#0b0c0c', fontSize: 12 }}
          />
        </Bar>
        {references.map((reference, index) =>
          reference.value === null ? null : (
            <ReferenceLine
              key={reference.areaId}
              x={reference.value}
              stroke="#0b0c0c"
              strokeWidth={1.5}
              strokeDasharray={REFERENCE_DASHES[index % REFERENCE_DASHES.length]}
            />
          ),
        )}
      </BarChart>
    </ChartFrame>
  );
}

export function referenceDash(index: number): string {
  return REFERENCE_DASHES[index % REFERENCE_DASHES.length] ?? '6 3';
}

import type { ReactNode } from 'react';
import { Legend } from 'recharts';

interface ChartFrameProps {
  className: string;
  /** What kind of chart this is, read by a screen reader before the summary. */
  label: string;
  /** Id of the element holding the one-sentence summary the chart is described by. */
  summaryId: string;
  children: ReactNode;
}

/**
 * A chart is one image to assistive technology, described by its one-line summary; the figures
 * themselves are in the table alternative beside it.
 */
export function ChartFrame({ className, label, summaryId, children }: ChartFrameProps) {
  return (
    <div className={className} role="img" aria-label={label} aria-describedby={summaryId}>
      {children}
    </div>
  );
}

/** Legend entries in the body colour rather than each series' own, so they stay readable. */
export function chartLegend(fontSize: number) {
  return (
    <Legend
      wrapperStyle={{ fontSize }}
      formatter={(value) => <span className="chart-legend-text">{value}</span>}
    />
  );
}

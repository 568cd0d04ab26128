import { useRef, type ReactNode } from 'react';
import { ChartDownloads } from './chart-downloads';
import type { ChartExportInfo } from './export-chart';
import { ChartLegend, type LegendEntry } from './legend';
import './chart.css';

interface ChartFrameProps {
  className: string;
  /** What kind of chart this is, read by a screen reader before the summary. */
  label: string;
  /** Id of the element holding the one-sentence summary the chart is described by. */
  summaryId: string;
  legend?: readonly LegendEntry[];
  /** Title, period and source for 'Download chart'; no download buttons without it. */
  download?: ChartExportInfo | undefined;
  children: ReactNode;
}

/**
 * A chart is one image to assistive technology, described by its one-line summary; the figures
 * themselves are in the table alternative beside it. Its key is text below it, and the download
 * buttons put the same chart, key, title, period and source into a PNG or SVG file.
 */
export function ChartFrame({
  className,
  label,
  summaryId,
  legend = [],
  download,
  children,
}: ChartFrameProps) {
  const frame = useRef<HTMLDivElement>(null);
  return (
    <div ref={frame} className={`chart-frame ${className}`}>
      <div role="img" aria-label={label} aria-describedby={summaryId}>
        {children}
      </div>
      <ChartLegend entries={legend} />
      {download ? <ChartDownloads frame={frame} info={download} /> : null}
    </div>
  );
}

import { useState, type RefObject } from 'react';
import { downloadBlob } from '../download-file';
import { composeChartSvg, svgToPng, type ChartExportInfo } from './export-chart';
import './chart.css';

interface ChartDownloadsProps {
  /** The chart frame: its drawing is the first `svg` in the image, its key the `.chart-key`. */
  frame: RefObject<HTMLElement | null>;
  info: ChartExportInfo;
}

function compose(frame: HTMLElement, info: ChartExportInfo) {
  const chart = frame.querySelector<SVGSVGElement>('[role="img"] svg');
  if (!chart) throw new Error('There is no chart to download yet.');
  const legend = [...frame.querySelectorAll('.chart-key li')].map((item) => ({
    swatch: item.querySelector('svg'),
    label: item.textContent.trim(),
  }));
  return composeChartSvg(chart, info, legend);
}

/** 'Download chart' as PNG and SVG, with the title, period and source drawn into the image. */
export function ChartDownloads({ frame, info }: ChartDownloadsProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const run = (format: 'png' | 'svg') => {
    setProblem(null);
    const element = frame.current;
    if (!element) return;
    try {
      const { svg, width, height } = compose(element, info);
      if (format === 'svg') {
        downloadBlob(`${info.fileName}.svg`, new Blob([svg], { type: 'image/svg+xml' }));
        return;
      }
      svgToPng(svg, width, height).then(
        (png) => {
          downloadBlob(`${info.fileName}.png`, png);
        },
        (error: unknown) => {
          setProblem(error instanceof Error ? error.message : 'The PNG could not be made.');
        },
      );
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The chart could not be downloaded.');
    }
  };
  return (
    <div className="chart-downloads">
      {(['png', 'svg'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button button--secondary"
          onClick={() => {
            run(format);
          }}
        >
          Download chart ({format.toUpperCase()})
          <span className="visually-hidden">: {info.title}</span>
        </button>
      ))}
      {problem ? (
        <p role="alert" className="field__error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

import { NO_VALUE } from '@/domain/format';
import './sparkline.css';

interface SparklineProps {
  values: readonly number[];
  /** Writes a value with its unit, for the text alternative. */
  format: (value: number) => string;
  width?: number;
  height?: number;
}

/**
 * A sparkline's value range is never narrower than a quarter of the figures' size, so 72 → 73
 * reads as the small change it is rather than as a fall from top to bottom; it stays at or above
 * zero when every figure does.
 */
export function sparklineDomain(values: readonly number[]): [number, number] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const magnitude = Math.max(Math.abs(min), Math.abs(max));
  const span = Math.max(max - min, magnitude * 0.25, Number.EPSILON);
  const middle = (min + max) / 2;
  let low = middle - span / 2;
  if (min >= 0 && low < 0) low = 0;
  return [low, low + span];
}

/** What the line shows, in words: first and last figures and the range between. */
export function describeSparkline(values: readonly number[], format: (v: number) => string) {
  const first = values[0] ?? 0;
  const last = values[values.length - 1] ?? 0;
  return `Last ${values.length} figures: from ${format(first)} to ${format(last)} (lowest ${format(Math.min(...values))}, highest ${format(Math.max(...values))}).`;
}

/**
 * A tiny trend line in plain SVG. The drawing is hidden from assistive technology; its figures
 * are given in words beside it (visually hidden), and the direction of travel in its own column.
 */
export function Sparkline({ values, format, width = 72, height = 20 }: SparklineProps) {
  if (values.length < 2) {
    // A dash like the other empty cells, rather than a blank that looks like a rendering fault.
    return (
      <span className="sparkline sparkline--empty figure--missing" aria-hidden="true">
        {NO_VALUE}
      </span>
    );
  }
  const [low, high] = sparklineDomain(values);
  const pad = 2;
  const step = (width - pad * 2) / (values.length - 1);
  const points = values.map((value, index) => {
    const x = pad + index * step;
    const y = pad + (1 - (value - low) / (high - low)) * (height - pad * 2);
    return [x, y] as const;
  });
  const [lastX, lastY] = points[points.length - 1] ?? [0, 0];
  return (
    <>
      <svg
        className="sparkline"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        aria-hidden="true"
        focusable="false"
      >
        <polyline
          points={points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}
          fill="none"
          strokeWidth="1.5"
        />
        <circle cx={lastX} cy={lastY} r="2" />
      </svg>
      <span className="visually-hidden">{describeSparkline(values, format)}</span>
    </>
  );
}

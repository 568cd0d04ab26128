import { NO_VALUE } from '@/domain/format';
interface SparklineProps {
  values: readonly number[];
  width?: number;
  height?: number;
}

/**
 * A tiny trend line. Decorative: the direction of travel and the figures are given in text beside it,
 * so it is hidden from assistive technology.
 */
export function Sparkline({ values, width = 72, height = 20 }: SparklineProps) {
  if (values.length < 2) {
    // A dash like the other empty cells, rather than a blank that looks like a rendering fault.
    return (
      <span className="sparkline sparkline--empty figure--missing" aria-hidden="true">
        {NO_VALUE}
      </span>
    );
  }
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const pad = 2;
  const step = (width - pad * 2) / (values.length - 1);
  const points = values.map((value, index) => {
    const x = pad + index * step;
    const y = max === min ? height / 2 : pad + (1 - (value - min) / span) * (height - pad * 2);
    return `${x.toFixed(1)},${y.toFixed(1)}`;
  });
  const last = points[points.length - 1]?.split(',') ?? ['0', '0'];
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      <polyline points={points.join(' ')} fill="none" strokeWidth="1.5" />
      <circle cx={last[0]} cy={last[1]} r="2" />
    </svg>
  );
}

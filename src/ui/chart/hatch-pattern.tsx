import { chartColour } from './chart-tokens';

interface HatchPatternProps {
  id: string;
  /** Tile size in px: a chart's bars use a coarser hatch than a key's small swatch. */
  size: number;
  strokeWidth: number;
}

/** Yellow with black diagonal hatching: the lead authority is told apart by pattern, not colour. */
export function HatchPattern({ id, size, strokeWidth }: HatchPatternProps) {
  return (
    <pattern
      id={id}
      width={size}
      height={size}
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width={size} height={size} fill={chartColour.lead} />
      <line x1="0" y1="0" x2="0" y2={size} stroke={chartColour.ink} strokeWidth={strokeWidth} />
    </pattern>
  );
}

/** An id from React's useId that is also safe inside `url(#…)` in a standalone SVG file. */
export function svgId(reactId: string, suffix: string): string {
  return `${reactId.replace(/[^a-zA-Z0-9_-]/g, '')}-${suffix}`;
}

interface LeadPatternProps {
  id: string;
  /** Tile size in px: the chart's bars use a coarser hatch than the key's small swatch. */
  size: number;
  strokeWidth: number;
}

/** Yellow with black diagonal hatching: the lead authority is told apart by pattern, not colour. */
export function LeadPattern({ id, size, strokeWidth }: LeadPatternProps) {
  return (
    <pattern
      id={id}
      width={size}
      height={size}
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width={size} height={size} fill="#ffdd00" />
      <line x1="0" y1="0" x2="0" y2={size} stroke="#0b0c0c" strokeWidth={strokeWidth} />
    </pattern>
  );
}

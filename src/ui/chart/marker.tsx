import { chartColour } from './chart-tokens';

/** Marker shapes: with dashes, they tell series apart without relying on colour. */
export type MarkerKind =
  'circle' | 'hollow-circle' | 'square' | 'hollow-square' | 'diamond' | 'triangle' | 'none';

interface MarkerProps {
  kind: MarkerKind;
  x: number;
  y: number;
  colour: string;
  /** Fill of a filled shape when it differs from its outline (the baseline's yellow diamond). */
  fill?: string | undefined;
  /** Half the width of the shape, in px. */
  size?: number;
  /** What the point is, shown on hover. */
  title?: string | undefined;
}

export function Marker({ kind, x, y, colour, fill, size = 4, title }: MarkerProps) {
  const tooltip = title ? <title>{title}</title> : null;
  const solid = fill ?? colour;
  switch (kind) {
    case 'none':
      return null;
    case 'hollow-circle':
      return (
        <circle cx={x} cy={y} r={size} fill={chartColour.paper} stroke={colour} strokeWidth={2}>
          {tooltip}
        </circle>
      );
    case 'square':
    case 'hollow-square':
      return (
        <rect
          x={x - size}
          y={y - size}
          width={size * 2}
          height={size * 2}
          fill={kind === 'square' ? solid : chartColour.paper}
          stroke={colour}
          strokeWidth={2}
        >
          {tooltip}
        </rect>
      );
    case 'diamond':
      return (
        <path
          d={`M${x} ${y - size - 1}L${x + size + 1} ${y}L${x} ${y + size + 1}L${x - size - 1} ${y}Z`}
          fill={solid}
          stroke={fill ? chartColour.ink : colour}
          strokeWidth={1.5}
        >
          {tooltip}
        </path>
      );
    case 'triangle':
      return (
        <path
          d={`M${x} ${y - size - 1}L${x + size + 1} ${y + size}L${x - size - 1} ${y + size}Z`}
          fill={solid}
        >
          {tooltip}
        </path>
      );
    default:
      return (
        <circle cx={x} cy={y} r={size} fill={solid}>
          {tooltip}
        </circle>
      );
  }
}

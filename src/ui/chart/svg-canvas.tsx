/**
 * The pieces every plain-SVG chart draws the same way (ADR 37): the canvas, the value gridlines
 * with their labels, and a label on a white halo that stays legible over lines and bars.
 */
import type { ReactNode, SVGProps } from 'react';
import { chartColour } from './chart-tokens';

/** Text size in chart pixels: the SVG scales with its box, so this is not a CSS token. */
export const CHART_FONT = 12;

interface SvgCanvasProps {
  width: number;
  height: number;
  children: ReactNode;
}

/**
 * The chart's drawing on white paper, hidden from assistive technology: the chart frame's
 * summary and the table beside it say what it shows.
 */
export function SvgCanvas({ width, height, children }: SvgCanvasProps) {
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily="system-ui, sans-serif"
      fontSize={CHART_FONT}
      aria-hidden="true"
      focusable="false"
    >
      <rect width={width} height={height} fill={chartColour.paper} />
      {children}
    </svg>
  );
}

/** Text on a white halo: a reference line or bar behind it never runs through the letters. */
export function HaloText({ children, ...props }: SVGProps<SVGTextElement>) {
  return (
    <text
      fill={chartColour.ink}
      stroke={chartColour.paper}
      strokeWidth={4}
      paintOrder="stroke"
      {...props}
    >
      {children}
    </text>
  );
}

/**
 * A line's name at its last figure ('Target 80%'), bold on a halo, ending at `x` so it stays
 * inside the plot. The font size is given, not inherited: Recharts' surface sets none.
 */
export function EndLabel({ x, y, children }: { x: number; y: number; children: ReactNode }) {
  return (
    <HaloText x={x} y={y} textAnchor="end" fontSize={CHART_FONT} fontWeight={700}>
      {children}
    </HaloText>
  );
}

interface ValueGridlinesProps {
  ticks: readonly number[];
  /** Where each tick sits down the chart. */
  y: (value: number) => number;
  left: number;
  right: number;
  formatTick: (value: number) => string;
}

/** Horizontal gridlines across the plot, each labelled at the left with its value. */
export function ValueGridlines({ ticks, y, left, right, formatTick }: ValueGridlinesProps) {
  return ticks.map((tick) => (
    <g key={tick}>
      <line x1={left} x2={right} y1={y(tick)} y2={y(tick)} stroke={chartColour.grid} />
      <text x={left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fill={chartColour.ink}>
        {formatTick(tick)}
      </text>
    </g>
  ));
}

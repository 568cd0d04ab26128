import type { MeasureUnit } from '@/data/contract/dataset-schema';
import { formatValue } from '@/domain/format';

/**
 * Formatters for a chart's tooltips and value axis. Axis ticks drop 'per 100,000' so they fit;
 * the caption and tooltips keep the full unit.
 */
export function chartFormatters(unit: MeasureUnit) {
  const format = (value: unknown) => (typeof value === 'number' ? formatValue(value, unit) : '');
  const tickUnit = unit.type === 'rate' ? { ...unit, per: undefined } : unit;
  const formatTick = (value: unknown) =>
    typeof value === 'number' ? formatValue(value, tickUnit) : '';
  return { format, formatTick };
}

/** Axis text in the body colour, so ticks pass contrast at every size. */
export function tickStyle(fontSize: number) {
  return { fill: '#0b0c0c', fontSize };
}

export const GRID_STROKE = '#d8d8d8';

/**
 * Props every chart shares: full width at a fixed height, and Recharts' own keyboard layer off
 * because the chart is one described image with the table as its accessible alternative.
 */
export function chartBoxProps(height: number) {
  return { responsive: true, style: { width: '100%', height }, accessibilityLayer: false } as const;
}

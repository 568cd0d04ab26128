import type { MeasureUnit } from '@/data/contract/dataset-schema';
import { formatValue } from '@/domain/format';

/**
 * Formatters for a chart's point titles and value axis. Axis ticks drop 'per 100,000' so they
 * fit; the caption and point titles keep the full unit.
 */
export function chartFormatters(unit: MeasureUnit) {
  const format = (value: unknown) => (typeof value === 'number' ? formatValue(value, unit) : '');
  const tickUnit = unit.type === 'rate' ? { ...unit, per: undefined } : unit;
  const formatTick = (value: unknown) =>
    typeof value === 'number' ? formatValue(value, tickUnit) : '';
  return { format, formatTick };
}

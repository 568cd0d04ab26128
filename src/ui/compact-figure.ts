import type { IndicatorRow } from '@/data/api/contract';

type Unit = IndicatorRow['indicator']['unit'];

const compact = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/**
 * A large count as the papers print it in tables ('7m', '6.65m', '523k'), so a column of library
 * visits stays narrow and reads like the paper. Only when nothing is lost: 523,456 stays in full.
 * Null when the figure reads better as formatValue gives it: money is already compact ('£3.14m'),
 * rates and percentages keep their form.
 */
export function compactFigure(value: number | null, unit: Unit): string | null {
  if (value === null || !Number.isFinite(value) || unit.type !== 'count') return null;
  const abs = Math.abs(value);
  if (abs >= 1_000_000 && Number.isInteger(abs / 10_000))
    return `${compact.format(value / 1_000_000)}m`;
  if (abs >= 100_000 && Number.isInteger(abs / 1_000)) return `${compact.format(value / 1_000)}k`;
  return null;
}

/**
 * Figures as people read them in council papers (en-GB): '71%', '£3.14m', '1,281',
 * '58.5 per 1,000', '12 days'. Reasons, tables and charts all format through here.
 */

/** Structurally the dataset's unit ({type, per?, label?, decimals?}). */
export interface UnitInput {
  type: string;
  per?: number | undefined;
  label?: string | undefined;
  decimals?: number | undefined;
}

/** Shown where a figure is missing; views add the reason beside it. */
export const NO_VALUE = '–';

/** Building an Intl.NumberFormat is slow; there are only a handful of shapes, so keep them. */
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(min: number, max: number): Intl.NumberFormat {
  const key = `${min}:${max}`;
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: min, maximumFractionDigits: max });
    formatters.set(key, f);
  }
  return f;
}

function number(value: number, decimals: number | undefined, maxDecimals = 2): string {
  const text = (
    decimals === undefined ? formatter(0, maxDecimals) : formatter(decimals, decimals)
  ).format(value);
  // Rounding must not leave a '-0'.
  return text === '-0' || /^-0[.,]?0*$/.test(text) ? text.slice(1) : text;
}

function currency(value: number, decimals: number | undefined): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${sign}£${number(abs / 1e9, decimals)}bn`;
  if (abs >= 1e6) return `${sign}£${number(abs / 1e6, decimals)}m`;
  const pence = decimals ?? (Number.isInteger(abs) ? 0 : 2);
  return `${sign}£${number(abs, pence)}`;
}

function plural(value: number, one: string, many: string): string {
  return Math.abs(value) === 1 ? one : many;
}

/** A figure with its unit, or '–' when missing. */
export function formatValue(value: number | null, unit: UnitInput): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  const d = unit.decimals;
  switch (unit.type) {
    case 'percent':
      return `${number(value, d)}%`;
    case 'currency':
      return currency(value, d);
    case 'rate':
      return unit.per === undefined
        ? number(value, d)
        : `${number(value, d)} per ${number(unit.per, 0)}`;
    case 'days':
      return `${number(value, d)} ${plural(value, 'day', 'days')}`;
    case 'weeks':
      return `${number(value, d)} ${plural(value, 'week', 'weeks')}`;
    case 'band':
      return `band ${number(value, d ?? 0)}`;
    default:
      return number(value, d);
  }
}

/**
 * A difference between two figures of the same unit: percentages in points ('2.1 percentage points'),
 * others with their unit ('£0.2m', '3 days'). Always positive; callers say 'above' or 'below'.
 */
export function formatDifference(difference: number, unit: UnitInput): string {
  const abs = Math.abs(difference);
  if (unit.type === 'percent') {
    return `${number(abs, unit.decimals)} percentage ${plural(abs, 'point', 'points')}`;
  }
  if (unit.type === 'band') return `${number(abs, 0)} ${plural(abs, 'band', 'bands')}`;
  return formatValue(abs, unit);
}

/** A share as a percentage, e.g. 0.755 → '76%' (for stretch achieved and similar ratios). */
export function formatShare(share: number): string {
  return `${number(share * 100, 0)}%`;
}

/** A unit in words: 'Rate per 1,000 (population aged 65+)', 'Pounds sterling (£000)'. */
export function describeUnit(unit: UnitInput): string {
  const base: Record<string, string> = {
    percent: 'Percentage',
    count: 'Count',
    rate: unit.per ? `Rate per ${unit.per.toLocaleString('en-GB')}` : 'Rate',
    currency: 'Pounds sterling',
    days: 'Days',
    weeks: 'Weeks',
    ratio: 'Ratio',
    score: 'Score',
    band: 'Band',
    text: 'Words',
  };
  const words = base[unit.type] ?? unit.type;
  return unit.label ? `${words} (${unit.label})` : words;
}

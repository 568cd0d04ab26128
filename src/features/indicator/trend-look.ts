/**
 * How each kind of figure is drawn on the trend chart: colour (from the shared chart tokens),
 * dash, width and marker, so no line is told apart by colour alone.
 */
import { chartColour } from '@/ui/chart/chart-tokens';
import type { LegendEntry } from '@/ui/chart/legend';
import type { LineSeries } from '@/ui/chart/line-plot';
import type { TrendSeries } from './trend-series';

interface Look {
  colour: string;
  dash?: string;
  width: number;
}

const looks: Partial<Record<TrendSeries['measure'], Look>> = {
  actual: { colour: chartColour.actual, width: 3 },
  estimate: { colour: chartColour.estimate, dash: '2 4', width: 2 },
  forecast: { colour: chartColour.forecast, dash: '8 5', width: 2.5 },
  target: { colour: chartColour.target, dash: '12 4 2 4', width: 2 },
  floor: { colour: chartColour.floor, dash: '4 3', width: 2 },
  expected: { colour: chartColour.expected, dash: '6 3', width: 2 },
  'target-without-stretch': {
    colour: chartColour['target-without-stretch'],
    dash: '3 3',
    width: 1.5,
  },
  'target-with-stretch': { colour: chartColour['target-with-stretch'], dash: '10 3', width: 1.5 },
};

const MEASURED = new Set<TrendSeries['measure']>(['actual', 'estimate', 'forecast']);

export function isMeasured(series: Pick<TrendSeries, 'measure'>): boolean {
  return MEASURED.has(series.measure);
}

/** The drawing of one series, without its values. */
export function trendLook(
  series: TrendSeries,
): Omit<LineSeries, 'key' | 'label' | 'values' | 'endLabel'> {
  if (series.measure === 'baseline') {
    // Unjoined yellow diamonds: a baseline is a reference point, not a line.
    return {
      colour: chartColour.ink,
      width: 0,
      marker: 'diamond',
      markerFill: chartColour.baseline,
    };
  }
  const look = looks[series.measure] ?? { colour: chartColour.ink, width: 2 };
  if (isMeasured(series)) {
    const isYtd = series.basis !== 'period';
    return isYtd && series.measure === 'actual'
      ? { colour: chartColour.ytd, width: look.width, marker: 'hollow-circle' }
      : { colour: look.colour, width: look.width, dash: look.dash, marker: 'circle' };
  }
  // A yearly level drawn across its months is a step; a level per year gets a hollow square.
  return {
    colour: look.colour,
    width: look.width,
    dash: look.dash,
    marker: series.isSpread ? 'none' : 'hollow-square',
    curve: series.isSpread ? 'step' : 'linear',
    connectNulls: true,
  };
}

export function legendEntryOf(series: TrendSeries): LegendEntry {
  const look = trendLook(series);
  return {
    label: series.label,
    colour: look.colour,
    dash: look.dash,
    width: look.width,
    marker: look.marker,
    markerFill: look.markerFill,
  };
}

/**
 * The indicator page's own sentences, pure: the header's overline and lead, the chart's caption
 * and the count of other areas with figures.
 */
import type { Polarity } from '@/data/contract/dataset-schema';
import { formatCodes, type Framework } from '@/domain/frameworks';

export type FiguresView = 'chart' | 'table';

export const viewLabels: Record<FiguresView, string> = { chart: 'Chart', table: 'Table' };

/** Above the title: the framework codes, or that the indicator is the council's own. */
export function indicatorOverline(
  codes: readonly { framework: Framework; code: string }[],
): string {
  return formatCodes(codes) || 'Local indicator';
}

/** Below the title, only when the page shows another area than the authority. */
export function areaLead(otherArea: string | undefined): string | undefined {
  return otherArea ? `Figures for ${otherArea}.` : undefined;
}

/** Under the chart: an unknown polarity, what the chart leaves off, and where every figure is. */
export function chartCaption(polarity: Polarity, offChartNote: string | null): string {
  return [
    polarity === 'unknown'
      ? 'Polarity unknown: the papers do not say whether higher or lower is better.'
      : '',
    offChartNote ? ` ${offChartNote}` : '',
    ' The table view lists every figure with its source.',
  ].join('');
}

/** Areas other than this one with figures on the measure: the count includes this authority whenever it has figures of its own. */
export function otherAreaCount(comparisonAreaCount: number, hasOwnFigures: boolean): number {
  return comparisonAreaCount - (hasOwnFigures ? 1 : 0);
}

/** Breakdowns by district or team (issue 12) are areas too, so the words cover them. */
export function otherAreasSentence(count: number): string {
  return `The papers give figures for ${count} other ${count === 1 ? 'area' : 'areas'} (authorities, districts, teams or averages) on this measure.`;
}

/** What the bar chart and the dot plot of a comparison both take, and the value scale they share. */
import type { MeasureUnit } from '@/data/contract/dataset-schema';
import { niceScale, type NiceScale } from '@/ui/chart/scale';
import type { PlottedFigure, PlottedReference } from './comparison-chart';

export interface ComparisonPlotProps {
  /** In the table's order, so the bars or dots run from its first row to its last. */
  figures: readonly PlottedFigure[];
  references: readonly PlottedReference[];
  unit: MeasureUnit;
}

/** A scale from zero (or below it) that holds every figure and every reference line. */
export function comparisonScale(
  { figures, references }: Pick<ComparisonPlotProps, 'figures' | 'references'>,
  tickCount: number,
): NiceScale {
  const values = [...figures.map((f) => f.value), ...references.map((r) => r.value)];
  return niceScale(Math.min(0, ...values), Math.max(0, ...values), tickCount);
}

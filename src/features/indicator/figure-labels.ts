import type { Measure } from '@/data/contract/dataset-schema';
import { figureBasisLabels, type FigureBasis } from '@/domain/figure-basis';

export const measureLabels: Record<Measure, string> = {
  actual: 'Actual',
  target: 'Target',
  floor: 'Floor standard',
  forecast: 'Forecast',
  estimate: 'Estimate',
  baseline: 'Baseline',
  expected: 'Expected level',
  band: 'PAF band',
  'target-without-stretch': 'Target without LPSA stretch',
  'target-with-stretch': 'Target with LPSA stretch',
  milestone: 'Milestone status',
};

/** The order figures are listed in: what happened first, then what it is judged against. */
export const measureOrder: readonly Measure[] = [
  'actual',
  'estimate',
  'forecast',
  'target',
  'floor',
  'expected',
  'baseline',
  'target-without-stretch',
  'target-with-stretch',
  'band',
  'milestone',
];

export function figureLabel(measure: Measure, basis: FigureBasis): string {
  const suffix = figureBasisLabels[basis];
  return suffix ? `${measureLabels[measure]} (${suffix})` : measureLabels[measure];
}

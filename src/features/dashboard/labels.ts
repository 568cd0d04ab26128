import type { IndicatorKind } from '@/data/contract/dataset-schema';

export const kindLabels: Record<IndicatorKind, string> = {
  performance: 'Performance',
  activity: 'Activity (demand)',
  milestone: 'Milestone',
  context: 'Context',
};

import type { Framework, IndicatorKind } from '@/data/contract/dataset-schema';

export const frameworkLabels: Record<Framework, string> = {
  PAF: 'PAF (social services Performance Assessment Framework)',
  BVPI: 'BVPI (Best Value)',
  NI: 'NI (National Indicator Set)',
  LPSA: 'LPSA (Local Public Service Agreement)',
  LAA: 'LAA / Kent Agreement',
  T2010: 'Towards 2010',
  LOCAL: 'Local indicators',
};

export const kindLabels: Record<IndicatorKind, string> = {
  performance: 'Performance',
  activity: 'Activity (demand)',
  milestone: 'Milestone',
  context: 'Context',
};

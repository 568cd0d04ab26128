import type { Frequency, IndicatorKind } from '@/data/contract/dataset-schema';

export const kindLabels: Record<IndicatorKind, string> = {
  performance: 'Performance indicator',
  activity: 'Activity (demand) indicator: no RAG status',
  milestone: 'Milestone target',
  context: 'Contextual indicator',
};

export const frequencyLabels: Record<Frequency, string> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  annual: 'Annual (financial year)',
  'academic-year': 'Annual (academic year)',
  irregular: 'Irregular',
};

/** Unit words live in the domain, so exports and this page say the same thing. */
export { describeUnit } from '@/domain/format';

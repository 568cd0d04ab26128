import type { Frequency, IndicatorKind, MeasureUnit } from '@/data/contract/dataset-schema';

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

export function describeUnit(unit: MeasureUnit): string {
  const base: Record<MeasureUnit['type'], string> = {
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
  return unit.label ? `${base[unit.type]} (${unit.label})` : base[unit.type];
}

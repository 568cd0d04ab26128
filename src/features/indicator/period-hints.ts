import type { Frequency } from '@/data/contract/dataset-schema';

/** How to write a period for an indicator collected at this frequency. */
export const periodHints: Record<Frequency, string> = {
  monthly: 'A month, for example June 2012 or 2012-06.',
  quarterly: 'A quarter, for example Q1 2012/13.',
  annual: 'A financial year, for example 2012/13.',
  'academic-year': 'An academic year, for example AY 2011/12.',
  irregular: 'A month, quarter or year, for example 2012-06 or 2012/13.',
};

/** Two indicators as the API lists them, for the template's tests (not shipped: tests only). */
import type { IndicatorRow } from '@/data/api/contract';
import type { IndicatorFacts } from '@/features/returns-template/read-template';

const rating = { status: 'not-rated' as const, reason: 'Not rated.', rule: 'target-floor' };

function rowOf(indicator: IndicatorRow['indicator'], latest: string): IndicatorRow {
  return {
    indicator,
    asAt: latest,
    latest: { period: latest, basis: 'period', value: 80 },
    latestRating: rating,
    ytd: null,
    ytdRating: null,
    forecast: null,
    forecastRating: null,
    target: { period: '2012/13', basis: 'period', value: 85 },
    floor: { period: '2012/13', basis: 'period', value: 70 },
    expected: null,
    previousYear: null,
    direction: { direction: 'not-comparable', reason: 'None.' },
    trend: [],
    commentaryCount: 0,
    noteCount: 0,
  };
}

export const TEMPLATE_ROWS: IndicatorRow[] = [
  rowOf(
    {
      id: 'paf-c28',
      title: 'Care plans reviewed',
      codes: [],
      kind: 'performance',
      polarity: 'higher-is-better',
      unit: { type: 'percent', decimals: 0 },
      frequency: 'monthly',
      rule: { type: 'target-floor' },
      owners: [{ nodeId: 'unit-b', role: 'lead' }],
    },
    '2012-05',
  ),
  rowOf(
    {
      id: 'fx-library-visits',
      title: 'Library visits',
      codes: [],
      kind: 'activity',
      polarity: 'no-judgement',
      unit: { type: 'count' },
      frequency: 'monthly',
      rule: { type: 'not-rated', reason: 'activity' },
      owners: [{ nodeId: 'unit-b', role: 'reports' }],
    },
    '2012-05',
  ),
];

export const TEMPLATE_FACTS: IndicatorFacts[] = TEMPLATE_ROWS.map((row) => ({
  id: row.indicator.id,
  title: row.indicator.title,
  unitType: row.indicator.unit.type,
  frequency: row.indicator.frequency,
  periods: ['2012-04', '2012-05', '2012/13'],
}));

import type { IndicatorRow } from '@/data/api/contract';
import { summariseIndicator } from './indicator-summary';

function row(overrides: Partial<Record<keyof IndicatorRow, unknown>>): IndicatorRow {
  return {
    indicator: {
      id: 'x',
      title: 'Older people helped to live at home per 1,000 population aged 65 and over.',
      unit: { type: 'rate', per: 10000 },
      polarity: 'higher-is-better',
    },
    latest: { period: '2006/07', value: 72 },
    latestRating: {
      status: 'not-rated',
      reason: 'Not rated: 72 per 10,000, but no target was set for 2006/07.',
    },
    target: null,
    ...overrides,
  } as unknown as IndicatorRow;
}

test('the summary reads as sentences, without the title’s own full stop', () => {
  const text = summariseIndicator(row({}));
  expect(text).toMatch(
    /^Older people helped to live at home per 1,000 population aged 65 and over was 72\b.* in 2006\/07\. It is not rated: 72\b.*, but no target was set for 2006\/07\. Higher is better\.$/,
  );
  expect(text).not.toContain('.:');
  expect(text).not.toContain('..');
});

test('a rated figure says its status and the target the reason did not mention', () => {
  const text = summariseIndicator(
    row({
      indicator: {
        id: 'calls',
        title: 'Percentage of calls answered',
        unit: { type: 'percent' },
        polarity: 'higher-is-better',
      },
      latest: { period: '2012-05', value: 67 },
      latestRating: { status: 'red', reason: 'Red: 67% is below the 75% floor.' },
      target: { period: '2012/13', value: 80 },
    }),
  );
  expect(text).toBe(
    'Percentage of calls answered was 67% in May 2012. It is rated Red: 67% is below the 75% floor. The target is 80%. Higher is better.',
  );
});

test('a missing figure says why', () => {
  const text = summariseIndicator(
    row({
      latest: {
        period: '2012-05',
        value: null,
        missing: { reason: 'not-yet', text: 'Not yet available' },
      },
      latestRating: { status: 'not-rated', reason: 'Not rated: no figure for May 2012 yet.' },
    }),
  );
  expect(text).toContain('has no figure for May 2012 (not yet available).');
  expect(text).toContain('It is not rated: no figure for May 2012 yet.');
});

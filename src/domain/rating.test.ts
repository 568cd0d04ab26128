import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UnitInput } from './format';
import {
  DEFAULT_REWARD_THRESHOLD,
  describeRule,
  milestoneStatus,
  notRated,
  pafBandFor,
  pafBandLabel,
  rate,
  reasonDetail,
  statusForPafBand,
  statusLabel,
  type RatingInput,
  type RatingRuleInput,
} from './rating';
import type { NotRatedReason, PolarityKind, RagStatus } from './types';

const percent: UnitInput = { type: 'percent' };
const days: UnitInput = { type: 'days' };
const targetFloor: RatingRuleInput = { type: 'target-floor' };

const input = (overrides: Partial<RatingInput>): RatingInput => ({
  rule: targetFloor,
  polarity: 'higher-is-better',
  unit: percent,
  actual: null,
  ...overrides,
});

const RANK: Record<RagStatus, number> = { red: 0, amber: 1, green: 2, 'not-rated': -1 };

describe('target + floor (the Kent rule)', () => {
  it.each<[string, PolarityKind, number, number, number | null, RagStatus, string]>([
    // higher is better: target 80, floor 75
    ['above target', 'higher-is-better', 82, 80, 75, 'green', 'Green: 82% is above the 80% target'],
    ['equal to target', 'higher-is-better', 80, 80, 75, 'green', 'Green: 80% meets the 80% target'],
    [
      'between floor and target',
      'higher-is-better',
      77,
      80,
      75,
      'amber',
      'Amber: 77% is below the 80% target but above the 75% floor',
    ],
    [
      'equal to floor',
      'higher-is-better',
      75,
      80,
      75,
      'amber',
      'Amber: 75% is below the 80% target but meets the 75% floor',
    ],
    [
      'just below floor',
      'higher-is-better',
      74.9,
      80,
      75,
      'red',
      'Red: 74.9% is below the 75% floor and the 80% target',
    ],
    [
      'far below floor',
      'higher-is-better',
      0,
      80,
      75,
      'red',
      'Red: 0% is below the 75% floor and the 80% target',
    ],
    [
      'no floor, missed',
      'higher-is-better',
      70,
      80,
      null,
      'amber',
      'Amber: 70% is below the 80% target; no floor set',
    ],
    ['no floor, met', 'higher-is-better', 80, 80, null, 'green', 'Green: 80% meets the 80% target'],
    // lower is better: target 10, floor 14 (floor above target)
    [
      'lower: better than target',
      'lower-is-better',
      8,
      10,
      14,
      'green',
      'Green: 8% is below the 10% target (lower is better)',
    ],
    [
      'lower: equal to target',
      'lower-is-better',
      10,
      10,
      14,
      'green',
      'Green: 10% meets the 10% target (lower is better)',
    ],
    [
      'lower: between',
      'lower-is-better',
      12,
      10,
      14,
      'amber',
      'Amber: 12% is above the 10% target but below the 14% floor (lower is better)',
    ],
    [
      'lower: equal to floor',
      'lower-is-better',
      14,
      10,
      14,
      'amber',
      'Amber: 14% is above the 10% target but meets the 14% floor (lower is better)',
    ],
    [
      'lower: past floor',
      'lower-is-better',
      15,
      10,
      14,
      'red',
      'Red: 15% is above the 14% floor and the 10% target (lower is better)',
    ],
    [
      'lower: no floor',
      'lower-is-better',
      11,
      10,
      null,
      'amber',
      'Amber: 11% is above the 10% target; no floor set (lower is better)',
    ],
    // floor equal to target: no amber band
    [
      'floor = target, missed',
      'higher-is-better',
      79,
      80,
      80,
      'red',
      'Red: 79% is below the 80% floor and the 80% target',
    ],
    // zero and negative targets
    ['zero target met', 'higher-is-better', 0, 0, -5, 'green', 'Green: 0% meets the 0% target'],
    [
      'negative target, between',
      'higher-is-better',
      -3,
      -2,
      -5,
      'amber',
      'Amber: -3% is below the -2% target but above the -5% floor',
    ],
    [
      'negative target, red',
      'higher-is-better',
      -6,
      -2,
      -5,
      'red',
      'Red: -6% is below the -5% floor and the -2% target',
    ],
    [
      'lower: zero target',
      'lower-is-better',
      0,
      0,
      2,
      'green',
      'Green: 0% meets the 0% target (lower is better)',
    ],
    [
      'lower: zero target missed',
      'lower-is-better',
      1,
      0,
      2,
      'amber',
      'Amber: 1% is above the 0% target but below the 2% floor (lower is better)',
    ],
  ])('%s', (_name, polarity, actual, target, floor, status, reason) => {
    const r = rate(input({ polarity, actual, target, floor }));
    expect(r).toMatchObject({ status, reason, rule: 'target-floor' });
    expect(r.notRatedReason).toBeUndefined();
  });

  it('reproduces the published Customer & Communities RAGs (June 2012 dashboard)', () => {
    const rows: [string, PolarityKind, UnitInput, number, number, number, RagStatus][] = [
      ['Grade 1 calls answered in 20 seconds, May', 'higher-is-better', percent, 67, 80, 75, 'red'],
      ['Grade 1 calls answered, May', 'higher-is-better', percent, 96, 95, 92, 'green'],
      [
        'Grade 2 calls in 30 seconds, year to date',
        'higher-is-better',
        percent,
        67,
        70,
        67,
        'amber',
      ],
      ['Grade 2 calls answered, May', 'higher-is-better', percent, 88, 90, 87, 'amber'],
      ['Deaths registered in 5 days, May', 'higher-is-better', percent, 77, 80, 75, 'amber'],
      ['Deaths registered in 5 days, year to date', 'higher-is-better', percent, 71, 80, 75, 'red'],
      [
        'Website visits, rolling 12 months',
        'higher-is-better',
        { type: 'count' },
        805_000,
        850_000,
        750_000,
        'amber',
      ],
      ['Days to resolve rights of way faults', 'lower-is-better', days, 55, 90, 100, 'green'],
      [
        'Recorded crime per 1,000',
        'lower-is-better',
        { type: 'rate', per: 1000 },
        58.5,
        59.5,
        63,
        'green',
      ],
      [
        'Registration income forecast',
        'higher-is-better',
        { type: 'currency' },
        3_140_000,
        3_310_000,
        3_100_000,
        'amber',
      ],
      [
        'Arts external funding forecast',
        'higher-is-better',
        { type: 'currency' },
        4_000_000,
        5_000_000,
        3_500_000,
        'amber',
      ],
      ['Staff who feel informed forecast', 'higher-is-better', percent, 61, 61, 51, 'green'],
    ];
    const computed = rows.map(([name, polarity, unit, actual, target, floor]) => [
      name,
      rate(input({ polarity, unit, actual, target, floor })).status,
    ]);
    expect(computed).toEqual(rows.map(([name, , , , , , status]) => [name, status]));
  });

  it('states money and rates with their units', () => {
    expect(
      rate(
        input({
          unit: { type: 'currency' },
          actual: 3_140_000,
          target: 3_310_000,
          floor: 3_100_000,
        }),
      ).reason,
    ).toBe('Amber: £3.14m is below the £3.31m target but above the £3.1m floor');
    expect(
      rate(
        input({
          polarity: 'lower-is-better',
          unit: { type: 'rate', per: 1000 },
          actual: 58.5,
          target: 59.5,
          floor: 63,
        }),
      ).reason,
    ).toBe('Green: 58.5 per 1,000 is below the 59.5 per 1,000 target (lower is better)');
  });

  it('uses the labels it is given for the figure and the target', () => {
    const r = rate(
      input({
        actual: 71,
        target: 80,
        floor: 70,
        actualLabel: 'year-to-date figure',
        targetLabel: 'target for 2012/13',
      }),
    );
    expect(r.reason).toBe(
      'Amber: the year-to-date figure of 71% is below the 80% target for 2012/13 but above the 70% floor',
    );
  });

  it('takes the polarity from the floor when the indicator polarity is unknown, and says so', () => {
    const below = rate(input({ polarity: 'unknown', actual: 77, target: 80, floor: 75 }));
    expect(below.status).toBe('amber');
    expect(below.reason).toContain('higher is better, taken from the floor being below the target');
    const above = rate(input({ polarity: 'unknown', actual: 12, target: 10, floor: 14 }));
    expect(above.status).toBe('amber');
    expect(above.reason).toContain('lower is better, taken from the floor being above the target');
  });

  it.each<[string, Partial<RatingInput>]>([
    ['unknown polarity without a floor', { polarity: 'unknown', actual: 70, target: 80 }],
    [
      'unknown polarity with the floor equal to the target',
      { polarity: 'unknown', actual: 70, target: 80, floor: 80 },
    ],
  ])('does not rate %s', (_name, overrides) => {
    const r = rate(input(overrides));
    expect(r).toMatchObject({ status: 'not-rated', notRatedReason: 'unknown-polarity' });
    expect(r.reason).toBe(
      'Not rated: 70% against the 80% target, but it is not known whether higher or lower is better',
    );
  });

  it('ignores a floor on the wrong side of the target and says so', () => {
    const r = rate(input({ actual: 78, target: 80, floor: 85 }));
    expect(r.status).toBe('amber');
    expect(r.reason).toBe(
      'Amber: 78% is below the 80% target; the 85% floor is ignored because it is above the target',
    );
    const lower = rate(input({ polarity: 'lower-is-better', actual: 12, target: 10, floor: 8 }));
    expect(lower.status).toBe('amber');
    expect(lower.reason).toContain('the 8% floor is ignored because it is below the target');
  });

  it.each<[string, Partial<RatingInput>, NotRatedReason, string]>([
    ['no actual', { actual: null, target: 80 }, 'no-data', 'Not rated: no figure yet'],
    [
      'no actual for a period',
      { actual: null, target: 80, periodLabel: 'May 2012' },
      'no-data',
      'Not rated: no figure for May 2012 yet',
    ],
    [
      'reported quarterly',
      {
        actual: null,
        target: 80,
        periodLabel: 'May 2012',
        missing: { reason: 'reported-less-often', text: 'Reported quarterly' },
      },
      'reported-less-often',
      'Not rated: no figure for May 2012 (“Reported quarterly”)',
    ],
    [
      'not available',
      { actual: null, missing: { reason: 'not-available', text: 'Not available' } },
      'no-data',
      'Not rated: no figure (“Not available”)',
    ],
    ['not a number', { actual: Number.NaN, target: 80 }, 'no-data', 'Not rated: no figure yet'],
    ['no target', { actual: 70 }, 'no-target', 'Not rated: 70%, but no target is set'],
    [
      'target TBC',
      { actual: 70, target: null, targetMissing: { reason: 'to-be-confirmed', text: 'TBC' } },
      'no-target',
      'Not rated: 70%, but no target is set (“TBC”)',
    ],
    [
      'activity indicator',
      { kind: 'activity', actual: 206, target: 1950 },
      'activity',
      'Not rated: activity indicator (demand), compared with its expected level rather than rated',
    ],
    [
      'context indicator',
      { kind: 'context', actual: 5, target: 5 },
      'context',
      'Not rated: context indicator, no judgement of better or worse',
    ],
    [
      'no-judgement polarity',
      { polarity: 'no-judgement', actual: 5, target: 5 },
      'context',
      'Not rated: context indicator, no judgement of better or worse',
    ],
  ])('not rated: %s', (_name, overrides, reason, text) => {
    const r = rate(input(overrides));
    expect(r).toMatchObject({ status: 'not-rated', notRatedReason: reason, reason: text });
  });

  it('rates within-range indicators against their best range', () => {
    const range = { low: 40, high: 60 };
    expect(rate(input({ polarity: 'within-range', actual: 50, range })).reason).toBe(
      'Green: 50% is within the best range of 40% to 60%',
    );
    expect(rate(input({ polarity: 'within-range', actual: 40, range })).status).toBe('green');
    expect(rate(input({ polarity: 'within-range', actual: 60, range })).status).toBe('green');
    expect(rate(input({ polarity: 'within-range', actual: 61, range })).reason).toBe(
      'Red: 61% is outside the best range of 40% to 60%',
    );
    expect(rate(input({ polarity: 'within-range', actual: 39, range })).status).toBe('red');
    expect(rate(input({ polarity: 'within-range', actual: 50, target: 50 }))).toMatchObject({
      status: 'not-rated',
      notRatedReason: 'no-target',
      reason: 'Not rated: 50%, but the best range is not set',
    });
  });
});

describe('target + tolerance', () => {
  const pct10: RatingRuleInput = {
    type: 'target-tolerance',
    tolerance: 10,
    toleranceKind: 'percent',
  };
  const abs5: RatingRuleInput = {
    type: 'target-tolerance',
    tolerance: 5,
    toleranceKind: 'absolute',
  };

  it.each<[string, RatingRuleInput, PolarityKind, number, number, RagStatus, string]>([
    ['met', pct10, 'higher-is-better', 80, 80, 'green', 'Green: 80% meets the 80% target'],
    ['exceeded', pct10, 'higher-is-better', 90, 80, 'green', 'Green: 90% is above the 80% target'],
    [
      'within 10%',
      pct10,
      'higher-is-better',
      73,
      80,
      'amber',
      'Amber: 73% is below the 80% target but within 10% of the target (72% or more)',
    ],
    [
      'exactly at the tolerance edge',
      pct10,
      'higher-is-better',
      72,
      80,
      'amber',
      'Amber: 72% is below the 80% target but within 10% of the target (72% or more)',
    ],
    [
      'outside 10%',
      pct10,
      'higher-is-better',
      71,
      80,
      'red',
      'Red: 71% is below the 80% target and not within 10% of the target (72% or more)',
    ],
    [
      'absolute, within',
      abs5,
      'higher-is-better',
      75,
      80,
      'amber',
      'Amber: 75% is below the 80% target but within the tolerance of 5 percentage points (75% or more)',
    ],
    [
      'absolute, outside',
      abs5,
      'higher-is-better',
      74,
      80,
      'red',
      'Red: 74% is below the 80% target and not within the tolerance of 5 percentage points (75% or more)',
    ],
    [
      'lower, within',
      pct10,
      'lower-is-better',
      10.5,
      10,
      'amber',
      'Amber: 10.5% is above the 10% target but within 10% of the target (11% or less) (lower is better)',
    ],
    [
      'lower, outside',
      pct10,
      'lower-is-better',
      11.5,
      10,
      'red',
      'Red: 11.5% is above the 10% target and not within 10% of the target (11% or less) (lower is better)',
    ],
    [
      'lower, met',
      pct10,
      'lower-is-better',
      9,
      10,
      'green',
      'Green: 9% is below the 10% target (lower is better)',
    ],
  ])('%s', (_name, rule, polarity, actual, target, status, reason) => {
    expect(rate(input({ rule, polarity, actual, target }))).toMatchObject({
      status,
      reason,
      rule: 'target-tolerance',
    });
  });

  it('uses the size of a negative target for a percentage tolerance', () => {
    // Target -10, 10% tolerance = 1: -11 is amber, -11.5 red.
    expect(rate(input({ rule: pct10, actual: -11, target: -10 })).status).toBe('amber');
    expect(rate(input({ rule: pct10, actual: -11.5, target: -10 })).status).toBe('red');
  });

  it('treats a zero target with a percentage tolerance as having no tolerance', () => {
    expect(rate(input({ rule: pct10, actual: 0, target: 0 })).status).toBe('green');
    expect(rate(input({ rule: pct10, actual: -0.1, target: 0 })).status).toBe('red');
  });

  it('treats a zero tolerance as met or red', () => {
    const zero: RatingRuleInput = {
      type: 'target-tolerance',
      tolerance: 0,
      toleranceKind: 'absolute',
    };
    expect(rate(input({ rule: zero, actual: 80, target: 80 })).status).toBe('green');
    expect(rate(input({ rule: zero, actual: 79.9, target: 80 })).status).toBe('red');
  });

  it('says days in days', () => {
    const rule: RatingRuleInput = {
      type: 'target-tolerance',
      tolerance: 2,
      toleranceKind: 'absolute',
    };
    expect(
      rate(input({ rule, polarity: 'lower-is-better', unit: days, actual: 11, target: 10 })).reason,
    ).toBe(
      'Amber: 11 days is above the 10 days target but within the tolerance of 2 days (12 days or less) (lower is better)',
    );
  });

  it.each<[string, Partial<RatingInput>, NotRatedReason]>([
    ['no actual', { actual: null, target: 80 }, 'no-data'],
    ['no target', { actual: 80 }, 'no-target'],
    ['activity', { kind: 'activity', actual: 80, target: 80 }, 'activity'],
    ['unknown polarity', { polarity: 'unknown', actual: 80, target: 80 }, 'unknown-polarity'],
  ])('not rated: %s', (_name, overrides, reason) => {
    expect(rate(input({ rule: pct10, ...overrides }))).toMatchObject({
      status: 'not-rated',
      notRatedReason: reason,
    });
  });

  it('rates within-range by the range', () => {
    expect(
      rate(input({ rule: pct10, polarity: 'within-range', actual: 5, range: { low: 1, high: 9 } }))
        .status,
    ).toBe('green');
  });
});

describe('PAF performance bands', () => {
  const higher: RatingRuleInput = { type: 'paf-bands', thresholds: [10, 20, 30, 40] };
  const lower: RatingRuleInput = { type: 'paf-bands', thresholds: [40, 30, 20, 10] };
  const rate1000: UnitInput = { type: 'rate', per: 1000 };

  it.each<[number, 1 | 2 | 3 | 4 | 5, RagStatus]>([
    [0, 1, 'red'],
    [9.99, 1, 'red'],
    [10, 2, 'red'],
    [19, 2, 'red'],
    [20, 3, 'amber'],
    [29.9, 3, 'amber'],
    [30, 4, 'green'],
    [40, 5, 'green'],
    [1000, 5, 'green'],
  ])('higher is better: %s is band %s (%s)', (actual, band, status) => {
    const r = rate(input({ rule: higher, unit: rate1000, actual }));
    expect(r).toMatchObject({ status, band, rule: 'paf-bands' });
    expect(r.reason).toContain(`PAF band ${band} (${pafBandLabel(band)})`);
  });

  it.each<[number, 1 | 2 | 3 | 4 | 5, RagStatus]>([
    [50, 1, 'red'],
    [40, 2, 'red'],
    [30, 3, 'amber'],
    [25, 3, 'amber'],
    [20, 4, 'green'],
    [10, 5, 'green'],
    [0, 5, 'green'],
  ])('lower is better: %s is band %s (%s)', (actual, band, status) => {
    expect(rate(input({ rule: lower, polarity: 'lower-is-better', actual }))).toMatchObject({
      status,
      band,
    });
  });

  it('says the band, what it means and what the next band needs', () => {
    expect(rate(input({ rule: higher, unit: rate1000, actual: 25 })).reason).toBe(
      'Amber: 25 per 1,000 is in PAF band 3 (acceptable); band 4 needs 30 per 1,000 or more',
    );
    expect(rate(input({ rule: higher, unit: rate1000, actual: 5 })).reason).toBe(
      'Red: 5 per 1,000 is in PAF band 1 (investigate urgently); band 2 needs 10 per 1,000 or more',
    );
    expect(rate(input({ rule: higher, unit: rate1000, actual: 45 })).reason).toBe(
      'Green: 45 per 1,000 is in PAF band 5 (very good)',
    );
    expect(rate(input({ rule: lower, polarity: 'lower-is-better', actual: 35 })).reason).toBe(
      'Red: 35% is in PAF band 2 (ask questions); band 3 needs 30% or less; lower is better',
    );
  });

  it('uses a published band when there is no value', () => {
    expect(rate(input({ rule: higher, actual: null, publishedBand: 4 }))).toMatchObject({
      status: 'green',
      band: 4,
      reason: 'Green: PAF band 4 (good) as published',
    });
    expect(rate(input({ rule: higher, actual: null, publishedBand: 7 }))).toMatchObject({
      notRatedReason: 'no-data',
    });
  });

  it('does not rate with thresholds out of order, unless a band was published', () => {
    const muddled: RatingRuleInput = { type: 'paf-bands', thresholds: [10, 30, 20, 40] };
    expect(rate(input({ rule: muddled, actual: 25 }))).toMatchObject({
      status: 'not-rated',
      notRatedReason: 'no-target',
      reason: 'Not rated: 25%, but the PAF band thresholds are not in order',
    });
    // Thresholds written for the other polarity are out of order too.
    expect(rate(input({ rule: higher, polarity: 'lower-is-better', actual: 25 })).status).toBe(
      'not-rated',
    );
    expect(rate(input({ rule: muddled, actual: 25, publishedBand: 2 }))).toMatchObject({
      status: 'red',
      band: 2,
    });
  });

  it('needs higher or lower to be better', () => {
    expect(rate(input({ rule: higher, polarity: 'unknown', actual: 25 }))).toMatchObject({
      notRatedReason: 'unknown-polarity',
    });
    expect(
      rate(input({ rule: higher, polarity: 'within-range', actual: 25, publishedBand: 3 })),
    ).toMatchObject({
      status: 'amber',
      band: 3,
      reason: 'Amber: 25% is in PAF band 3 (acceptable) as published',
    });
  });

  it('maps bands to RAG: 4–5 green, 3 amber, 1–2 red', () => {
    expect([1, 2, 3, 4, 5].map((b) => statusForPafBand(b as 1 | 2 | 3 | 4 | 5))).toEqual([
      'red',
      'red',
      'amber',
      'green',
      'green',
    ]);
    expect([1, 2, 3, 4, 5].map((b) => pafBandLabel(b as 1 | 2 | 3 | 4 | 5))).toEqual([
      'investigate urgently',
      'ask questions',
      'acceptable',
      'good',
      'very good',
    ]);
  });

  it('without thresholds, shows only a published band', () => {
    const bandsOnly: RatingRuleInput = { type: 'paf-bands' };
    expect(
      rate(input({ rule: bandsOnly, polarity: 'unknown', actual: 10.6, publishedBand: 5 })),
    ).toMatchObject({
      status: 'green',
      band: 5,
      reason: 'Green: 10.6% is in PAF band 5 (very good) as published',
    });
    expect(rate(input({ rule: bandsOnly, actual: 10.6 }))).toMatchObject({
      status: 'not-rated',
      notRatedReason: 'no-target',
      reason: 'Not rated: 10.6%, but no PAF band thresholds are set and no band was published',
    });
    expect(rate(input({ rule: bandsOnly, actual: null, publishedBand: 1 }))).toMatchObject({
      status: 'red',
      band: 1,
    });
  });

  it('treats equal thresholds as out of order', () => {
    expect(
      rate(input({ rule: { type: 'paf-bands', thresholds: [10, 10, 20, 30] }, actual: 15 })).status,
    ).toBe('not-rated');
  });

  it('pafBandFor counts the thresholds reached', () => {
    expect(pafBandFor(20, [10, 20, 30, 40], 'higher-is-better')).toBe(3);
    expect(pafBandFor(20, [40, 30, 20, 10], 'lower-is-better')).toBe(4);
  });
});

describe('milestones reported in words', () => {
  it.each<[string, RagStatus | null]>([
    ['complete', 'green'],
    ['Complete', 'green'],
    ['Completed', 'green'],
    ['achieved', 'green'],
    ['Achieved.', 'green'],
    ['on course', 'green'],
    ['On Course', 'green'],
    ['on-course', 'green'],
    ['on track', 'green'],
    ['On track – 2008 target met', 'green'],
    ['slippage', 'amber'],
    ['Some slippage', 'amber'],
    ['at risk', 'amber'],
    ['AT RISK', 'amber'],
    ['off track', 'red'],
    ['Off course', 'red'],
    ['not achieved', 'red'],
    ['Not Achieved', 'red'],
    ['significant slippage', 'red'],
    ['Significant  slippage', 'red'],
    ['delayed', null],
    ['', null],
    ['incomplete', null],
    ['achievedness', null],
    ['not on course', null],
    ['TBC', null],
  ])('%j → %s', (text, status) => {
    expect(milestoneStatus(text)).toBe(status);
  });

  it('quotes the words in the reason', () => {
    expect(rate(input({ rule: { type: 'milestone' }, text: 'On course' }))).toMatchObject({
      status: 'green',
      rule: 'milestone',
      reason: 'Green: reported as “On course”',
    });
    expect(rate(input({ rule: { type: 'milestone' }, text: 'Some slippage' })).reason).toBe(
      'Amber: reported as “Some slippage”',
    );
    expect(rate(input({ rule: { type: 'milestone' }, text: 'Significant slippage' })).reason).toBe(
      'Red: reported as “Significant slippage”',
    );
  });

  it('does not rate words it does not recognise, and quotes them', () => {
    const r = rate(input({ rule: { type: 'milestone' }, text: 'Delayed until 2009' }));
    expect(r.status).toBe('not-rated');
    expect(r.reason).toBe('Not rated: the status “Delayed until 2009” is not one Ragstone rates');
  });

  it('says when there is no status yet', () => {
    expect(rate(input({ rule: { type: 'milestone' }, text: '  ' }))).toMatchObject({
      status: 'not-rated',
      notRatedReason: 'no-data',
      reason: 'Not rated: no status yet',
    });
  });

  it('explains, without copying it, a status printed only as a colour', () => {
    expect(
      rate(
        input({
          rule: { type: 'milestone' },
          actual: 38.5,
          publishedRag: 'red',
          periodLabel: 'September 2006',
        }),
      ),
    ).toEqual({
      status: 'not-rated',
      rule: 'milestone',
      notRatedReason: 'no-data',
      reason:
        'Not rated: no status in words for September 2006; the paper shows Red, a judgement Ragstone cannot derive from the figures',
    });
  });

  it('rates a milestone with numbers and no words by the target and floor', () => {
    expect(rate(input({ rule: { type: 'milestone' }, actual: 90, target: 80 }))).toMatchObject({
      status: 'green',
      rule: 'target-floor',
    });
  });
});

describe('LPSA stretch', () => {
  const lpsa: RatingRuleInput = { type: 'lpsa-stretch', rewardThreshold: 0.6 };
  const stretch = (actual: number | null, overrides: Partial<RatingInput> = {}) =>
    rate(
      input({ rule: lpsa, actual, targetWithoutStretch: 80, targetWithStretch: 85, ...overrides }),
    );

  it.each<[number, RagStatus, number]>([
    [86, 'green', 1.2],
    [85, 'green', 1],
    [84, 'amber', 0.8],
    [83, 'amber', 0.6],
    [82.9, 'red', 0.58],
    [80, 'red', 0],
    [78, 'red', -0.4],
  ])('%s against 80 without and 85 with LPSA → %s', (actual, status, share) => {
    const r = stretch(actual);
    expect(r.status).toBe(status);
    expect(r.stretchAchieved).toBeCloseTo(share, 10);
    expect(r.rule).toBe('lpsa-stretch');
  });

  it('explains the share of stretch and the reward grant', () => {
    expect(stretch(85).reason).toBe(
      'Green: 85% achieves the full stretch (target 85% with LPSA, 80% without)',
    );
    expect(stretch(83.5).reason).toBe(
      'Amber: 83.5% achieves 70% of the stretch, reward grant payable from 60% (target 85% with LPSA, 80% without)',
    );
    expect(stretch(81).reason).toBe(
      'Red: 81% achieves 20% of the stretch, below the 60% needed for reward grant (target 85% with LPSA, 80% without)',
    );
    expect(stretch(79).reason).toBe(
      'Red: 79% achieves none of the stretch, below the 60% needed for reward grant (target 85% with LPSA, 80% without)',
    );
  });

  it('works when lower is better (the stretched target is the lower one)', () => {
    const r = rate(
      input({
        rule: lpsa,
        polarity: 'lower-is-better',
        actual: 11,
        targetWithoutStretch: 12,
        targetWithStretch: 10,
      }),
    );
    expect(r).toMatchObject({ status: 'red', stretchAchieved: 0.5 });
    expect(
      rate(
        input({
          rule: lpsa,
          polarity: 'lower-is-better',
          actual: 10.8,
          targetWithoutStretch: 12,
          targetWithStretch: 10,
        }),
      ).status,
    ).toBe('amber');
  });

  it('uses a configured reward threshold, defaulting to 60%', () => {
    expect(stretch(82, { rule: { type: 'lpsa-stretch', rewardThreshold: 0.4 } }).status).toBe(
      'amber',
    );
    expect(stretch(82, { rule: { type: 'lpsa-stretch' } }).status).toBe('red');
    expect(stretch(83, { rule: { type: 'lpsa-stretch' } }).status).toBe('amber');
    expect(DEFAULT_REWARD_THRESHOLD).toBe(0.6);
  });

  it('is not fooled by floating point at the reward threshold', () => {
    // (80.3 - 80.0) / (80.5 - 80.0) is 0.5999999999999943 in floating point.
    expect(
      rate(input({ rule: lpsa, actual: 80.3, targetWithoutStretch: 80, targetWithStretch: 80.5 }))
        .status,
    ).toBe('amber');
  });

  it.each<[string, Partial<RatingInput>, NotRatedReason]>([
    ['no actual', {}, 'no-data'],
    ['missing stretch target', { actual: 83, targetWithStretch: null }, 'no-target'],
    ['missing target without LPSA', { actual: 83, targetWithoutStretch: undefined }, 'no-target'],
    ['no stretch', { actual: 83, targetWithStretch: 80 }, 'no-target'],
    ['activity', { actual: 83, kind: 'activity' }, 'activity'],
  ])('not rated: %s', (_name, overrides, reason) => {
    expect(stretch(overrides.actual ?? null, overrides)).toMatchObject({
      status: 'not-rated',
      notRatedReason: reason,
    });
  });
});

describe('the not-rated rule', () => {
  it.each<[NotRatedReason, string]>([
    ['no-target', 'Not rated: no target set'],
    ['no-data', 'Not rated: no figure yet'],
    ['reported-less-often', 'Not rated: reported less often than this period'],
    [
      'activity',
      'Not rated: activity indicator (demand), compared with its expected level rather than rated',
    ],
    ['context', 'Not rated: context indicator, no judgement of better or worse'],
    ['unknown-polarity', 'Not rated: not known whether higher or lower is better'],
  ])('%s', (reason, text) => {
    const r = rate(input({ rule: { type: 'not-rated', reason }, actual: 90, target: 80 }));
    expect(r).toEqual({
      status: 'not-rated',
      rule: 'not-rated',
      notRatedReason: reason,
      reason: text,
    });
  });

  it('notRated accepts its own wording', () => {
    expect(notRated('no-data', 'target-floor', 'nothing yet')).toEqual({
      status: 'not-rated',
      rule: 'target-floor',
      notRatedReason: 'no-data',
      reason: 'Not rated: nothing yet',
    });
  });
});

describe('words for statuses and rules', () => {
  it('labels statuses', () => {
    expect((['green', 'amber', 'red', 'not-rated'] as const).map(statusLabel)).toEqual([
      'Green',
      'Amber',
      'Red',
      'Not rated',
    ]);
  });

  it('strips the status word from a reason', () => {
    expect(reasonDetail(rate(input({ actual: 82, target: 80 })))).toBe(
      '82% is above the 80% target',
    );
    expect(reasonDetail({ status: 'green', rule: 'x', reason: 'odd' })).toBe('odd');
  });

  it.each<[RatingRuleInput, string]>([
    [{ type: 'target-floor' }, 'Green when the target is met or exceeded'],
    [
      { type: 'target-tolerance', tolerance: 10, toleranceKind: 'percent' },
      'missed by no more than 10% of the target',
    ],
    [
      { type: 'target-tolerance', tolerance: 2, toleranceKind: 'absolute' },
      'missed by no more than 2;',
    ],
    [{ type: 'paf-bands', thresholds: [1, 2, 3, 4] }, '3 acceptable is Amber'],
    [{ type: 'milestone' }, "'on course'"],
    [{ type: 'lpsa-stretch' }, 'at least 60% of the stretch'],
    [{ type: 'lpsa-stretch', rewardThreshold: 0.5 }, 'at least 50% of the stretch'],
    [{ type: 'not-rated', reason: 'activity' }, 'Not rated: activity indicator'],
  ])('describes %j', (rule, words) => {
    expect(describeRule(rule)).toContain(words);
  });
});

// Properties ----------------------------------------------------------------

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const judged = fc.constantFrom<'higher-is-better' | 'lower-is-better'>(
  'higher-is-better',
  'lower-is-better',
);
const numericRule: fc.Arbitrary<RatingRuleInput> = fc.oneof(
  fc.constant<RatingRuleInput>({ type: 'target-floor' }),
  fc
    .record({
      tolerance: fc.double({ min: 0, max: 50, noNaN: true }),
      toleranceKind: fc.constantFrom<'absolute' | 'percent'>('absolute', 'percent'),
    })
    .map((r): RatingRuleInput => ({ type: 'target-tolerance', ...r })),
);

/** A target and a floor on the correct side of it for the polarity (or no floor). */
const scenario = fc
  .record({
    polarity: judged,
    rule: numericRule,
    target: finite,
    gap: fc.option(fc.double({ min: 0, max: 1e4, noNaN: true }), { nil: null }),
    actual: finite,
    better: fc.double({ min: 0, max: 1e4, noNaN: true }),
  })
  .map((s) => ({
    ...s,
    floor:
      s.gap === null
        ? null
        : s.polarity === 'higher-is-better'
          ? s.target - s.gap
          : s.target + s.gap,
  }));

const mirror = (polarity: 'higher-is-better' | 'lower-is-better') =>
  polarity === 'higher-is-better' ? 'lower-is-better' : 'higher-is-better';

describe('rating properties', () => {
  it('improving the actual never worsens the status', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const improved =
          s.polarity === 'higher-is-better' ? s.actual + s.better : s.actual - s.better;
        const before = rate(input({ ...s, actual: s.actual }));
        const after = rate(input({ ...s, actual: improved }));
        expect(RANK[after.status]).toBeGreaterThanOrEqual(RANK[before.status]);
      }),
    );
  });

  it('higher-is-better and lower-is-better are mirror images', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const original = rate(input(s));
        const mirrored = rate(
          input({
            ...s,
            polarity: mirror(s.polarity),
            actual: -s.actual,
            target: -s.target,
            floor: s.floor === null ? null : -s.floor,
          }),
        );
        expect(mirrored.status).toBe(original.status);
      }),
    );
  });

  it('meeting the target is always green and every reason starts with its status word', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const met = rate(input({ ...s, actual: s.target }));
        expect(met.status).toBe('green');
        const r = rate(input(s));
        expect(r.reason.startsWith(`${statusLabel(r.status)}: `)).toBe(true);
      }),
    );
  });

  it('Kent rule: red exactly when past the floor, green exactly when the target is met', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = rate(input({ ...s, rule: targetFloor }));
        const sign = s.polarity === 'higher-is-better' ? 1 : -1;
        const metTarget = sign * (s.actual - s.target) >= 0;
        const pastFloor = s.floor !== null && sign * (s.actual - s.floor) < 0;
        expect(r.status).toBe(metTarget ? 'green' : pastFloor ? 'red' : 'amber');
      }),
    );
  });

  it('LPSA: more of the stretch never lowers the status, and the share is linear', () => {
    fc.assert(
      fc.property(
        finite,
        fc.double({ min: 0.01, max: 1e4, noNaN: true }),
        fc.double({ min: -1, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (without, stretchSize, share, extra) => {
          const withStretch = without + stretchSize;
          const at = (s: number) =>
            rate(
              input({
                rule: { type: 'lpsa-stretch' },
                actual: without + s * stretchSize,
                targetWithoutStretch: without,
                targetWithStretch: withStretch,
              }),
            );
          const r = at(share);
          expect(r.stretchAchieved ?? Number.NaN).toBeCloseTo(share, 5);
          expect(RANK[at(share + extra).status]).toBeGreaterThanOrEqual(RANK[r.status]);
        },
      ),
    );
  });

  it('PAF: a better value never gives a lower band', () => {
    const thresholds = fc
      .array(fc.integer({ min: -1000, max: 1000 }), { minLength: 4, maxLength: 4 })
      .map((xs) => [...new Set(xs)].sort((a, b) => a - b))
      .filter((xs): xs is [number, number, number, number] => xs.length === 4);
    fc.assert(
      fc.property(
        thresholds,
        judged,
        finite,
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        (t, polarity, actual, better) => {
          const ordered: [number, number, number, number] =
            polarity === 'higher-is-better' ? t : [t[3], t[2], t[1], t[0]];
          const rule: RatingRuleInput = { type: 'paf-bands', thresholds: ordered };
          const improved = polarity === 'higher-is-better' ? actual + better : actual - better;
          const before = rate(input({ rule, polarity, actual }));
          const after = rate(input({ rule, polarity, actual: improved }));
          expect(after.band ?? 0).toBeGreaterThanOrEqual(before.band ?? 0);
          expect(before.status).toBe(statusForPafBand(before.band ?? 1));
        },
      ),
    );
  });

  it('rate never throws and always gives a reason', () => {
    const anyRule: fc.Arbitrary<RatingRuleInput> = fc.oneof(
      numericRule,
      fc.constant<RatingRuleInput>({ type: 'milestone' }),
      fc.constant<RatingRuleInput>({ type: 'lpsa-stretch' }),
      fc
        .tuple(finite, finite, finite, finite)
        .map((t): RatingRuleInput => ({ type: 'paf-bands', thresholds: t })),
    );
    const maybe = fc.option(finite, { nil: null });
    fc.assert(
      fc.property(
        anyRule,
        fc.constantFrom<PolarityKind>(
          'higher-is-better',
          'lower-is-better',
          'within-range',
          'no-judgement',
          'unknown',
        ),
        maybe,
        maybe,
        maybe,
        fc.option(fc.string(), { nil: null }),
        (rule, polarity, actual, target, floor, text) => {
          const r = rate(
            input({
              rule,
              polarity,
              actual,
              target,
              floor,
              text,
              targetWithoutStretch: target,
              targetWithStretch: floor,
            }),
          );
          expect(r.reason.length).toBeGreaterThan(statusLabel(r.status).length + 2);
          expect(r.reason.startsWith(statusLabel(r.status))).toBe(true);
        },
      ),
    );
  });
});

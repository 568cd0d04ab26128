import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessIndicator,
  directionsOfTravel,
  publishedChecks,
  publishedRatingAgrees,
  type AssessableIndicator,
  type AssessableObservation,
} from './assess';
import { comparePeriodIds, endsByPeriod } from './periods';

const indicator = (overrides: Partial<AssessableIndicator> = {}): AssessableIndicator => ({
  id: 'cc2012-grade-1-calls-answered-in-20-seconds',
  kind: 'performance',
  polarity: 'higher-is-better',
  unit: { type: 'percent' },
  frequency: 'monthly',
  rule: { type: 'target-floor' },
  ...overrides,
});

const obs = (
  period: string,
  measure: string,
  value: number | null,
  extra: Partial<AssessableObservation> = {},
): AssessableObservation => ({ period, measure, value, basis: 'period', ...extra });

/** Grade 1 priority calls answered in 20 seconds, as the June 2012 dashboard prints it. */
const grade1Calls: AssessableObservation[] = [
  obs('2012-04', 'actual', 77),
  obs('2012-05', 'actual', 67, { publishedRag: 'red', printed: '67%' }),
  obs('2012-05', 'actual', 72, { basis: 'ytd', publishedRag: 'red', printed: '72%' }),
  obs('2012/13', 'target', 80, { printed: '80%' }),
  obs('2012/13', 'floor', 75, { printed: '75%' }),
  obs('2011/12', 'actual', 85, { printed: '85%' }),
];

describe('assessIndicator on a monthly Kent indicator', () => {
  const row = assessIndicator(indicator(), grade1Calls, '2012-05');

  it('picks the latest month and rates it against the year-end target and floor', () => {
    expect(row.asAt).toBe('2012-05');
    expect(row.latest).toEqual({
      period: '2012-05',
      basis: 'period',
      value: 67,
      printed: '67%',
      publishedRag: 'red',
    });
    expect(row.latestRating).toEqual({
      status: 'red',
      rule: 'target-floor',
      reason: 'Red: 67% is below the 75% floor and the 80% target for 2012/13',
    });
  });

  it('rates the year to date separately', () => {
    expect(row.ytd).toMatchObject({ period: '2012-05', basis: 'ytd', value: 72 });
    expect(row.ytdRating?.status).toBe('red');
    expect(row.ytdRating?.reason).toBe(
      'Red: the year-to-date figure of 72% is below the 75% floor and the 80% target for 2012/13',
    );
  });

  it('gives the target, floor and previous year figures', () => {
    expect(row.target).toEqual({ period: '2012/13', basis: 'period', value: 80, printed: '80%' });
    expect(row.floor).toMatchObject({ period: '2012/13', value: 75 });
    expect(row.previousYear).toMatchObject({ period: '2011/12', value: 85 });
    expect(row.forecast).toBeNull();
    expect(row.forecastRating).toBeNull();
    expect(row.expected).toBeNull();
  });

  it('compares with the previous month, not the previous year', () => {
    expect(row.direction).toEqual({
      direction: 'worsening',
      reason: 'Worsening: 67% in May 2012, down from 77% in April 2012 (higher is better)',
      comparedWith: '2012-04',
    });
    expect(row.trend).toEqual([
      { period: '2012-04', value: 77 },
      { period: '2012-05', value: 67 },
    ]);
  });

  it('reproduces the published RAGs', () => {
    expect(publishedChecks(row)).toEqual([
      {
        figure: 'latest',
        period: '2012-05',
        published: 'red',
        computed: row.latestRating,
        agrees: true,
      },
      { figure: 'ytd', period: '2012-05', published: 'red', computed: row.ytdRating, agrees: true },
    ]);
  });

  it('defaults the as-at period to the latest actual', () => {
    expect(assessIndicator(indicator(), grade1Calls).asAt).toBe('2012-05');
  });

  it('ignores actuals after the as-at period', () => {
    const april = assessIndicator(indicator(), grade1Calls, '2012-04');
    expect(april.latest?.period).toBe('2012-04');
    expect(april.latestRating.reason).toBe(
      'Amber: 77% is below the 80% target for 2012/13 but above the 75% floor',
    );
    expect(april.ytd).toBeNull();
    expect(april.ytdRating).toEqual({
      status: 'not-rated',
      rule: 'target-floor',
      notRatedReason: 'no-data',
      reason: 'Not rated: no year-to-date figure yet',
    });
    expect(april.trend).toEqual([{ period: '2012-04', value: 77 }]);
  });

  it('gives no row data before any figure', () => {
    const early = assessIndicator(indicator(), grade1Calls, '2010-01');
    expect(early.latest).toBeNull();
    expect(early.latestRating).toMatchObject({
      status: 'not-rated',
      notRatedReason: 'no-data',
      reason: 'Not rated: no figure for January 2010 or before',
    });
    expect(early.direction.direction).toBe('not-comparable');
  });

  it('ignores an as-at that is not a period id', () => {
    expect(assessIndicator(indicator(), grade1Calls, 'May 2012').asAt).toBe('2012-05');
    expect(assessIndicator(indicator(), grade1Calls, null).asAt).toBe('2012-05');
  });
});

describe('choosing targets', () => {
  it('uses a phased target for the month over the year-end target', () => {
    const row = assessIndicator(
      indicator(),
      [...grade1Calls, obs('2012-05', 'target', 66), obs('2012-05', 'floor', 60)],
      '2012-05',
    );
    expect(row.latestRating).toMatchObject({
      status: 'green',
      reason: 'Green: 67% is above the 66% phased target',
    });
    expect(row.target).toMatchObject({ period: '2012-05', value: 66 });
    expect(row.floor).toMatchObject({ period: '2012-05', value: 60 });
  });

  it('uses a year-to-date phased target for the year-to-date figure', () => {
    const row = assessIndicator(
      indicator(),
      [...grade1Calls, obs('2012-05', 'target', 70, { basis: 'ytd' })],
      '2012-05',
    );
    expect(row.ytdRating?.reason).toBe(
      'Green: the year-to-date figure of 72% is above the 70% phased target',
    );
  });

  it('does not judge a month of a count against a whole year’s target', () => {
    const visits = indicator({ id: 'library-visits', unit: { type: 'count' } });
    const row = assessIndicator(
      visits,
      [
        obs('2012-05', 'actual', 523_000, { publishedRag: 'amber' }),
        obs('2012/13', 'target', 7_000_000),
        obs('2012/13', 'floor', 6_500_000),
      ],
      '2012-05',
    );
    expect(row.latestRating).toEqual({
      status: 'not-rated',
      rule: 'target-floor',
      notRatedReason: 'no-target',
      reason:
        'Not rated: 523,000 for May 2012, but there is no phased target for it; the 7,000,000 target is for the whole of 2012/13',
    });
    expect(publishedChecks(row)[0]?.agrees).toBe(false);
  });

  it('judges a count against a phased count target for the same basis only', () => {
    const visits = indicator({ unit: { type: 'count' } });
    const row = assessIndicator(
      visits,
      [
        obs('2012-05', 'actual', 523_000),
        obs('2012-05', 'actual', 1_018_000, { basis: 'ytd' }),
        obs('2012-05', 'target', 550_000),
        obs('2012-05', 'floor', 500_000),
      ],
      '2012-05',
    );
    expect(row.latestRating.status).toBe('amber');
    // The month's target is not the year to date's.
    expect(row.ytdRating).toMatchObject({ status: 'not-rated', notRatedReason: 'no-target' });
  });

  it('judges a rolling 12-month count against the annual target', () => {
    const website = indicator({ unit: { type: 'count' } });
    const row = assessIndicator(
      website,
      [
        obs('2012-05', 'actual', 805_000, { basis: 'rolling-12', publishedRag: 'amber' }),
        obs('2012-04', 'actual', 800_000, { basis: 'rolling-12' }),
        obs('2012/13', 'target', 850_000),
        obs('2012/13', 'floor', 750_000),
      ],
      '2012-05',
    );
    expect(row.latest).toMatchObject({ basis: 'rolling-12', value: 805_000 });
    expect(row.latestRating.reason).toBe(
      'Amber: 805,000 is below the 850,000 target for 2012/13 but above the 750,000 floor',
    );
    expect(row.direction.direction).toBe('improving');
    expect(publishedChecks(row)).toHaveLength(1);
    expect(publishedChecks(row)[0]?.agrees).toBe(true);
  });

  it('says when the target is to be confirmed', () => {
    const row = assessIndicator(
      indicator(),
      [
        obs('2012-09', 'actual', 55),
        obs('2012/13', 'target', null, {
          missing: { reason: 'to-be-confirmed', text: 'TBC' },
          printed: 'TBC',
        }),
      ],
      '2012-09',
    );
    expect(row.latestRating).toMatchObject({
      status: 'not-rated',
      notRatedReason: 'no-target',
      reason: 'Not rated: 55%, but no target for 2012/13 is set (“TBC”)',
    });
    expect(row.target).toMatchObject({
      value: null,
      printed: 'TBC',
      missing: { reason: 'to-be-confirmed', text: 'TBC' },
    });
  });

  it('says which period has no target', () => {
    const row = assessIndicator(indicator({ frequency: 'annual' }), [
      obs('2006/07', 'actual', 60),
      obs('2008/09', 'target', 70),
    ]);
    expect(row.latestRating.reason).toBe(
      'Not rated: 60%, but no target for 2006/07 is set; the next target is 70% for 2008/09, for a different period',
    );
    expect(row.target).toBeNull();
  });

  it('rates a quarter against its phased quarterly target', () => {
    const row = assessIndicator(indicator({ frequency: 'quarterly' }), [
      obs('2012/13 Q1', 'actual', 70),
      obs('2012/13 Q1', 'target', 72),
      obs('2012/13 Q1', 'floor', 68),
      obs('2011/12 Q4', 'actual', 65),
    ]);
    expect(row.latestRating.reason).toBe(
      'Amber: 70% is below the 72% phased target but above the 68% floor',
    );
    expect(row.direction.reason).toBe(
      'Improving: 70% in Q1 2012/13, up from 65% in Q4 2011/12 (higher is better)',
    );
  });

  it('handles lower-is-better rolling figures', () => {
    const crime = indicator({ polarity: 'lower-is-better', unit: { type: 'rate', per: 1000 } });
    const row = assessIndicator(crime, [
      obs('2012-04', 'actual', 58.5, { basis: 'rolling-12', publishedRag: 'green' }),
      obs('2012/13', 'target', 59.5),
      obs('2012/13', 'floor', 63),
      obs('2011/12', 'actual', 59.5),
    ]);
    expect(row.latestRating.status).toBe('green');
    expect(publishedRatingAgrees(row.latestRating, row.latest?.publishedRag)).toBe(true);
  });
});

describe('figures reported less often or missing', () => {
  it('keeps a latest figure that is reported quarterly, not rated, with its words', () => {
    const row = assessIndicator(
      indicator({ frequency: 'quarterly' }),
      [
        obs('2012-05', 'actual', null, {
          missing: { reason: 'reported-less-often', text: 'Reported quarterly' },
        }),
        obs('2012/13', 'target', 75),
        obs('2012/13', 'floor', 67),
        obs('2011/12', 'actual', 76.9),
      ],
      '2012-05',
    );
    expect(row.latest).toMatchObject({
      value: null,
      missing: { reason: 'reported-less-often', text: 'Reported quarterly' },
    });
    expect(row.latestRating).toMatchObject({
      status: 'not-rated',
      notRatedReason: 'reported-less-often',
      reason: 'Not rated: no figure for May 2012 (“Reported quarterly”)',
    });
    expect(row.direction).toMatchObject({
      direction: 'not-comparable',
      reason: 'Not comparable: no current figure for May 2012',
    });
    expect(row.previousYear).toMatchObject({ period: '2011/12', value: 76.9 });
    expect(row.target).toMatchObject({ value: 75 });
    expect(row.trend).toEqual([]);
  });

  it('compares with the latest earlier figure of the same kind when the previous one is absent', () => {
    const row = assessIndicator(indicator({ frequency: 'annual' }), [
      obs('2004/05', 'actual', 50),
      obs('2006/07', 'actual', 55),
    ]);
    expect(row.direction).toMatchObject({ direction: 'improving', comparedWith: '2004/05' });
    expect(row.direction.reason).toBe(
      'Improving: 55% in 2006/07, up from 50% in 2004/05 (higher is better)',
    );
  });

  it('compares a month’s percentage with last year’s outturn when there is no earlier month', () => {
    // 004_02ef8f1cbe0338b4.txt line 476: Grade 1 calls 67% in May, previous year 85%.
    const row = assessIndicator(indicator(), [
      obs('2012-05', 'actual', 67),
      obs('2011/12', 'actual', 85),
    ]);
    expect(row.direction).toMatchObject({
      direction: 'worsening',
      reason:
        'Worsening: 67% in May 2012, down from last year’s outturn of 85% (2011/12) (higher is better)',
      comparedWith: '2011/12',
    });
    expect(row.trend).toEqual([{ period: '2012-05', value: 67 }]);
  });

  it('does not compare a month’s count with last year’s total, but does a rolling 12-month total', () => {
    const counts = indicator({ unit: { type: 'count' } });
    // line 493: rogue traders, 3 in May against 25 for the whole of last year.
    expect(
      assessIndicator(counts, [obs('2012-05', 'actual', 3), obs('2011/12', 'actual', 25)])
        .direction,
    ).toMatchObject({
      direction: 'not-comparable',
      reason: 'Not comparable: 3 in May 2012; no figure for the previous month to compare with',
    });
    // line 485: website visits, rolling 12 months 805k against last year's 751k.
    expect(
      assessIndicator(counts, [
        { ...obs('2012-05', 'actual', 805000), basis: 'rolling-12' },
        obs('2011/12', 'actual', 751000),
      ]).direction.direction,
    ).toBe('improving');
  });

  it('gives an empty row for an indicator with no figures', () => {
    const row = assessIndicator(indicator(), []);
    expect(row).toEqual({
      asAt: null,
      latest: null,
      latestRating: {
        status: 'not-rated',
        rule: 'target-floor',
        notRatedReason: 'no-data',
        reason: 'Not rated: no figures yet',
      },
      ytd: null,
      ytdRating: null,
      forecast: null,
      forecastRating: null,
      target: null,
      floor: null,
      expected: null,
      previousYear: null,
      direction: { direction: 'not-comparable', reason: 'Not comparable: no current figure' },
      trend: [],
    });
  });

  it('shows the first target of an indicator with targets but no figures yet', () => {
    const row = assessIndicator(indicator({ frequency: 'annual' }), [
      obs('2009/10', 'target', 72),
      obs('2008/09', 'target', 70),
    ]);
    expect(row.target).toMatchObject({ period: '2008/09', value: 70 });
    expect(row.latestRating.notRatedReason).toBe('no-data');
  });

  it('reads a figure with no basis as the figure for its period', () => {
    const row = assessIndicator(indicator(), [
      { period: '2012-05', measure: 'actual', value: 81 },
      { period: '2012/13', measure: 'target', value: 80 },
    ]);
    expect(row.latest).toEqual({ period: '2012-05', basis: 'period', value: 81 });
    expect(row.latestRating.status).toBe('green');
  });

  it('ignores figures whose period is not a period id', () => {
    const row = assessIndicator(indicator(), [
      obs('sometime', 'actual', 1),
      obs('2012-05', 'actual', 2),
    ]);
    expect(row.latest?.value).toBe(2);
  });
});

describe('business-plan estimates of the year just ended', () => {
  /** PAF C32 as the 2008/09 Adult Social Services plan prints it: actuals, a 2007/08 target and estimate. */
  const helpedToLiveAtHome: AssessableObservation[] = [
    obs('2005/06', 'actual', 75),
    obs('2006/07', 'actual', 75),
    obs('2007/08', 'target', 76),
    obs('2007/08', 'estimate', 74),
  ];
  const annual = indicator({ frequency: 'annual' });

  it('rates the estimate like a forecast, against that year’s target', () => {
    const row = assessIndicator(annual, helpedToLiveAtHome);
    expect(row.forecast).toMatchObject({ period: '2007/08', value: 74 });
    expect(row.forecastRating?.status).toBe('amber');
    expect(row.forecastRating?.reason).toMatch(/^Amber: the estimate of 74%/);
  });

  it('prefers a printed forecast to an estimate', () => {
    const withForecast = [...helpedToLiveAtHome, obs('2007/08', 'forecast', 77)];
    const row = assessIndicator(annual, withForecast);
    expect(row.forecast).toMatchObject({ value: 77 });
    expect(row.forecastRating?.status).toBe('green');
  });

  it('ignores an estimate that has no value', () => {
    const blank = [
      obs('2006/07', 'actual', 75),
      obs('2007/08', 'estimate', null, { missing: { reason: 'to-be-confirmed', text: 'TBC' } }),
    ];
    expect(assessIndicator(annual, blank).forecast).toBeNull();
  });
});

describe('annual indicators with forecasts', () => {
  const staffInformed: AssessableObservation[] = [
    obs('2012/13', 'forecast', 61, { publishedRag: 'green', printed: '61%' }),
    obs('2012/13', 'target', 61),
    obs('2012/13', 'floor', 51),
    obs('2011/12', 'actual', 51),
  ];

  it('rates the forecast against the year-end target', () => {
    const row = assessIndicator(indicator({ frequency: 'annual' }), staffInformed, '2012-05');
    expect(row.forecast).toMatchObject({ period: '2012/13', value: 61, publishedRag: 'green' });
    expect(row.forecastRating).toEqual({
      status: 'green',
      rule: 'target-floor',
      reason: 'Green: the forecast of 61% meets the 61% target',
    });
    expect(row.latest).toMatchObject({ period: '2011/12', value: 51 });
    expect(row.latestRating.notRatedReason).toBe('no-target');
    expect(row.previousYear).toMatchObject({ period: '2011/12', value: 51 });
    expect(row.target).toMatchObject({ period: '2012/13', value: 61 });
    expect(row.floor).toMatchObject({ period: '2012/13', value: 51 });
    expect(publishedChecks(row)).toEqual([
      {
        figure: 'forecast',
        period: '2012/13',
        published: 'green',
        computed: row.forecastRating,
        agrees: true,
      },
    ]);
  });

  it('rates a money forecast (Amber: £3.14m against £3.31m, floor £3.1m)', () => {
    const row = assessIndicator(
      indicator({ frequency: 'annual', unit: { type: 'currency' } }),
      [
        obs('2012/13', 'forecast', 3_140_000, { publishedRag: 'amber' }),
        obs('2012/13', 'target', 3_310_000),
        obs('2012/13', 'floor', 3_100_000),
        obs('2011/12', 'actual', 3_600_000),
      ],
      '2012-05',
    );
    expect(row.forecastRating?.reason).toBe(
      'Amber: the forecast of £3.14m is below the £3.31m target but above the £3.1m floor',
    );
  });

  it('takes the forecast for the period containing as-at, else the next one', () => {
    const forecasts = [
      obs('2011/12', 'forecast', 1),
      obs('2012/13', 'forecast', 2),
      obs('2013/14', 'forecast', 3),
    ];
    expect(assessIndicator(indicator(), forecasts, '2012-05').forecast?.value).toBe(2);
    expect(assessIndicator(indicator(), forecasts, '2011/12').forecast?.value).toBe(1);
    expect(assessIndicator(indicator(), forecasts, '2010-05').forecast?.value).toBe(1);
    expect(assessIndicator(indicator(), forecasts, '2015-05').forecast).toBeNull();
    expect(assessIndicator(indicator(), forecasts).forecast?.value).toBe(3);
  });

  it('says when a forecast is not available', () => {
    const row = assessIndicator(
      indicator({ frequency: 'academic-year' }),
      [
        obs('2012/13', 'forecast', null, {
          missing: { reason: 'not-available', text: 'Not available' },
        }),
        obs('2012/13', 'target', 75),
      ],
      '2012-05',
    );
    expect(row.forecastRating).toMatchObject({
      status: 'not-rated',
      notRatedReason: 'no-data',
      reason: 'Not rated: no forecast for 2012/13 (“Not available”)',
    });
  });
});

describe('activity indicators', () => {
  const marriages = indicator({
    id: 'marriages',
    kind: 'activity',
    polarity: 'no-judgement',
    unit: { type: 'count' },
    rule: { type: 'not-rated', reason: 'activity' },
  });
  const figures = [
    obs('2012-04', 'actual', 136),
    obs('2012-05', 'actual', 70),
    obs('2012-05', 'actual', 206, { basis: 'ytd' }),
    obs('2012/13', 'expected', 1950),
    obs('2011/12', 'actual', 1297),
  ];

  it('are not rated, and show the expected level', () => {
    const row = assessIndicator(
      { ...marriages, rule: { type: 'target-floor' } },
      figures,
      '2012-05',
    );
    expect(row.latestRating).toEqual({
      status: 'not-rated',
      rule: 'target-floor',
      notRatedReason: 'activity',
      reason:
        'Not rated: activity indicator, not rated; 70 for May 2012 against an expected level of 1,950 for 2012/13',
    });
    expect(row.ytdRating?.reason).toBe(
      'Not rated: activity indicator, not rated; 206 for May 2012 against an expected level of 1,950 for 2012/13',
    );
    expect(row.expected).toMatchObject({ period: '2012/13', value: 1950 });
    expect(row.previousYear).toMatchObject({ value: 1297 });
    expect(row.direction.direction).toBe('not-comparable');
    expect(row.trend).toHaveLength(2);
  });

  it('the not-rated rule gives its own reason', () => {
    const row = assessIndicator(marriages, figures, '2012-05');
    expect(row.latestRating).toMatchObject({
      status: 'not-rated',
      rule: 'not-rated',
      notRatedReason: 'activity',
    });
    expect(row.ytdRating).toEqual(row.latestRating);
  });

  it('an activity forecast is compared with the expected level', () => {
    const row = assessIndicator(
      { ...marriages, rule: { type: 'target-floor' } },
      [obs('2012/13', 'forecast', 214), obs('2012/13', 'expected', 214)],
      '2012-05',
    );
    expect(row.forecastRating).toMatchObject({ notRatedReason: 'activity' });
    expect(row.forecastRating?.reason).toContain(
      '214 for 2012/13 against an expected level of 214 for 2012/13',
    );
    expect(row.latestRating).toMatchObject({
      notRatedReason: 'activity',
      reason:
        'Not rated: activity indicator (demand), compared with its expected level rather than rated',
    });
  });
});

describe('other rules through assessIndicator', () => {
  it('milestones carry their words and are rated by them', () => {
    const t2010 = indicator({
      id: 't2010-52',
      kind: 'milestone',
      polarity: 'unknown',
      frequency: 'irregular',
      rule: { type: 'milestone' },
    });
    const row = assessIndicator(t2010, [
      obs('2007-03', 'actual', null, { text: 'On course' }),
      obs('2006-09', 'actual', null, { text: 'Some slippage' }),
    ]);
    expect(row.latest).toEqual({
      period: '2007-03',
      basis: 'period',
      value: null,
      printed: 'On course',
    });
    expect(row.latestRating).toEqual({
      status: 'green',
      rule: 'milestone',
      reason: 'Green: reported as “On course”',
    });
    expect(row.trend).toEqual([]);
  });

  it('milestones take their words from a separate milestone figure for the same period', () => {
    const lpsa11 = indicator({
      id: 'lpsa-11',
      polarity: 'lower-is-better',
      unit: { type: 'count' },
      frequency: 'annual',
      rule: { type: 'milestone' },
    });
    const notAvailable = { missing: { reason: 'not-available', text: 'Not Available' } };
    const figures = [
      obs('2005/06', 'actual', null, notAvailable),
      obs('2005/06', 'milestone', null, { text: 'on track' }),
      obs('2007/08', 'target', 462_908),
    ];
    const row = assessIndicator(lpsa11, figures);
    expect(row.latest).toMatchObject({ period: '2005/06', value: null });
    expect(row.latestRating).toEqual({
      status: 'green',
      rule: 'milestone',
      reason: 'Green: reported as “on track”',
    });
    // A later figure with no words is the latest, and says so.
    const later = assessIndicator(lpsa11, [
      ...figures,
      obs('2006/07', 'actual', null, notAvailable),
    ]);
    expect(later.latestRating).toMatchObject({
      notRatedReason: 'no-data',
      reason: 'Not rated: no status for 2006/07 (“Not Available”)',
    });
    // Words with no actual stand alone as the period's figure.
    const alone = assessIndicator(lpsa11, [
      obs('2005/06', 'milestone', null, { text: 'Significant slippage' }),
    ]);
    expect(alone.latestRating.status).toBe('red');
    // Other indicators ignore milestone figures.
    expect(assessIndicator(indicator(), figures).latestRating.notRatedReason).toBe('no-data');
  });

  it('does not copy a colour-only published status of a Kent Agreement indicator', () => {
    const ka = indicator({
      id: 'ka2007-public-confidence',
      frequency: 'irregular',
      rule: { type: 'milestone' },
    });
    const row = assessIndicator(ka, [
      obs('2002/03', 'actual', 39.1),
      obs('2005/06', 'actual', 40.5),
      obs('2006-09', 'actual', 38.5, { publishedRag: 'red' }),
      obs('2007/08', 'target', 44),
    ]);
    expect(row.latest).toMatchObject({ period: '2006-09', value: 38.5, publishedRag: 'red' });
    expect(row.latestRating.reason).toBe(
      'Not rated: no status in words for September 2006; the paper shows Red, a judgement Ragstone cannot derive from the figures',
    );
    expect(publishedChecks(row)[0]).toMatchObject({ published: 'red', agrees: false });
  });

  it('LPSA stretch uses the with- and without-LPSA targets, the next ones set if none for the period', () => {
    const lpsa = indicator({
      id: 'lpsa-1-1',
      frequency: 'irregular',
      rule: { type: 'lpsa-stretch', rewardThreshold: 0.6 },
    });
    const row = assessIndicator(lpsa, [
      obs('2004-08', 'baseline', 70),
      obs('2007-03', 'actual', 83.5),
      obs('2008-03', 'target-without-stretch', 80),
      obs('2008-03', 'target-with-stretch', 85),
    ]);
    expect(row.latestRating).toMatchObject({ status: 'amber', stretchAchieved: 0.7 });
    expect(row.latestRating.reason).toContain('reward grant payable from 60%');
  });

  it('LPSA stretch uses the targets for the period when there are some', () => {
    const lpsa = indicator({
      frequency: 'annual',
      rule: { type: 'lpsa-stretch', rewardThreshold: 0.6 },
    });
    const row = assessIndicator(lpsa, [
      obs('2006/07', 'actual', 85),
      obs('2006/07', 'target-without-stretch', 80),
      obs('2006/07', 'target-with-stretch', 85),
      obs('2007/08', 'target-without-stretch', 90),
      obs('2007/08', 'target-with-stretch', 95),
    ]);
    expect(row.latestRating.status).toBe('green');
  });

  it('PAF bands use thresholds, or the published band for the period', () => {
    const paf = indicator({
      id: 'paf-c28',
      frequency: 'annual',
      unit: { type: 'rate', per: 1000 },
      rule: { type: 'paf-bands', thresholds: [5, 8, 10, 12] },
    });
    expect(assessIndicator(paf, [obs('2006/07', 'actual', 10.5)]).latestRating).toMatchObject({
      status: 'green',
      band: 4,
    });
    expect(
      assessIndicator(paf, [
        obs('2006/07', 'actual', null, { missing: { reason: 'not-available', text: 'N/A' } }),
        obs('2006/07', 'band', 3),
      ]).latestRating,
    ).toMatchObject({
      status: 'amber',
      band: 3,
      reason: 'Amber: PAF band 3 (acceptable) as published',
    });
  });
});

describe('PAF indicators with bands but no thresholds', () => {
  it('show the band the paper published for the period', () => {
    const paf = indicator({
      id: 'paf-a1',
      polarity: 'unknown',
      frequency: 'annual',
      unit: { type: 'rate', per: 10_000 },
      rule: { type: 'paf-bands' },
    });
    const row = assessIndicator(paf, [
      obs('2006/07', 'actual', 10.6),
      obs('2006/07', 'band', 5, { text: '●●●●● V Good' }),
      obs('2007/08', 'band', 5),
    ]);
    expect(row.latestRating).toEqual({
      status: 'green',
      rule: 'paf-bands',
      band: 5,
      reason: 'Green: 10.6 per 10,000 is in PAF band 5 (very good) as published',
    });
  });
});

describe('directionsOfTravel', () => {
  const months = ['2011-04', '2011-05', '2012-01', '2012-02', '2012-03', '2012-04', '2012-05'];
  const values = [60, 70, 62, 63, 64, 66, 65];
  const figures = [
    ...months.map((m, i) => obs(m, 'actual', values[i] ?? null)),
    obs('2012-05', 'actual', 99, { basis: 'ytd' }),
  ];

  it('compares with the previous month, the same month last year and the trend', () => {
    const d = directionsOfTravel(indicator(), figures, '2012-05', 5);
    expect(d.previousPeriod).toEqual({
      direction: 'worsening',
      reason: 'Worsening: 65% in May 2012, down from 66% in April 2012 (higher is better)',
      comparedWith: '2012-04',
    });
    expect(d.samePeriodLastYear).toEqual({
      direction: 'worsening',
      reason: 'Worsening: 65% in May 2012, down from 70% in May 2011 (higher is better)',
      comparedWith: '2011-05',
    });
    expect(d.trend.direction).toBe('improving');
    expect(d.trend.reason).toBe(
      'Improving: trend over the last 5 figures, from 62% in January 2012 to 65% in May 2012, rising (higher is better)',
    );
  });

  it('respects as-at and polarity', () => {
    const d = directionsOfTravel(indicator({ polarity: 'lower-is-better' }), figures, '2012-04');
    expect(d.previousPeriod.direction).toBe('worsening');
    expect(d.samePeriodLastYear.reason).toBe(
      'Worsening: 66% in April 2012, up from 60% in April 2011 (lower is better)',
    );
    expect(directionsOfTravel(indicator(), figures, '2012-03').samePeriodLastYear.reason).toBe(
      'Not comparable: 64% in March 2012; no figure for the same month last year to compare with',
    );
    expect(d.trend.direction).toBe('worsening');
  });

  it('falls back to the year-to-date series, and says when there is nothing', () => {
    const ytdOnly = [
      obs('2012-04', 'actual', 10, { basis: 'ytd' }),
      obs('2012-05', 'actual', 12, { basis: 'ytd' }),
    ];
    expect(directionsOfTravel(indicator(), ytdOnly).previousPeriod.direction).toBe('improving');
    const none = directionsOfTravel(indicator(), []);
    expect(none.previousPeriod.direction).toBe('not-comparable');
    expect(none.samePeriodLastYear.direction).toBe('not-comparable');
    expect(none.trend.direction).toBe('not-comparable');
  });

  it('agrees with the assessment row', () => {
    expect(directionsOfTravel(indicator(), figures).previousPeriod).toEqual(
      assessIndicator(indicator(), figures).direction,
    );
  });
});

describe('publishedRatingAgrees', () => {
  it.each<[string, 'green' | 'amber' | 'red' | undefined | null, boolean | null]>([
    ['green', 'green', true],
    ['green', 'amber', false],
    ['not-rated', 'red', false],
    ['red', undefined, null],
    ['red', null, null],
  ])('%s vs published %s → %s', (status, published, expected) => {
    expect(publishedRatingAgrees({ status: status as 'green' }, published)).toBe(expected);
  });

  it('treats a missing rating as disagreeing with a published one', () => {
    expect(publishedRatingAgrees(null, 'green')).toBe(false);
  });
});

// Properties ----------------------------------------------------------------

const periodArb = fc.oneof(
  fc
    .tuple(fc.integer({ min: 2008, max: 2013 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.integer({ min: 2007, max: 2013 }).map((y) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`),
  fc.constantFrom('2010', 'AY 2011/12', '2012/13 Q1', 'junk'),
);
const observationArb: fc.Arbitrary<AssessableObservation> = fc.record({
  period: periodArb,
  basis: fc.constantFrom(
    'period' as const,
    'ytd' as const,
    'rolling-12' as const,
    'cumulative' as const,
  ),
  measure: fc.constantFrom(
    'actual',
    'target',
    'floor',
    'forecast',
    'expected',
    'band',
    'target-with-stretch',
    'target-without-stretch',
  ),
  value: fc.option(fc.integer({ min: -100, max: 200 }), { nil: null }),
  text: fc.option(fc.constantFrom('on course', 'slippage', 'delayed'), { nil: undefined }),
});
const indicatorArb: fc.Arbitrary<AssessableIndicator> = fc.record({
  id: fc.constant('x'),
  kind: fc.constantFrom(
    'performance' as const,
    'activity' as const,
    'milestone' as const,
    'context' as const,
  ),
  polarity: fc.constantFrom(
    'higher-is-better' as const,
    'lower-is-better' as const,
    'unknown' as const,
    'no-judgement' as const,
    'within-range' as const,
  ),
  unit: fc.constantFrom({ type: 'percent' }, { type: 'count' }, { type: 'currency' }),
  frequency: fc.constantFrom('monthly', 'quarterly', 'annual', 'irregular'),
  rule: fc.constantFrom(
    { type: 'target-floor' as const },
    { type: 'milestone' as const },
    { type: 'lpsa-stretch' as const },
    { type: 'paf-bands' as const, thresholds: [10, 20, 30, 40] as const },
    { type: 'target-tolerance' as const, tolerance: 5, toleranceKind: 'percent' as const },
  ),
});

describe('assessIndicator properties', () => {
  it('never throws, keeps every figure at or before as-at, and sorts the trend', () => {
    fc.assert(
      fc.property(
        indicatorArb,
        fc.array(observationArb, { maxLength: 25 }),
        fc.option(periodArb, { nil: undefined }),
        (ind, observations, asAt) => {
          const row = assessIndicator(ind, observations, asAt);
          if (row.asAt !== null) {
            for (const figure of [row.latest, row.ytd, ...row.trend]) {
              if (figure !== null) expect(endsByPeriod(figure.period, row.asAt)).toBe(true);
            }
          }
          const periods = row.trend.map((t) => t.period);
          expect([...periods].sort(comparePeriodIds)).toEqual(periods);
          expect(row.latestRating.reason.length).toBeGreaterThan(0);
          if (ind.kind === 'activity') expect(row.latestRating.status).toBe('not-rated');
        },
      ),
    );
  });

  it('raising the latest actual never lowers its status when higher is better', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 30 }),
        (actual, rise, target, gap) => {
          const rank = { red: 0, amber: 1, green: 2, 'not-rated': -1 };
          const at = (value: number) =>
            assessIndicator(indicator(), [
              obs('2012-05', 'actual', value),
              obs('2012/13', 'target', target),
              obs('2012/13', 'floor', target - gap),
            ]).latestRating.status;
          expect(rank[at(actual + rise)]).toBeGreaterThanOrEqual(rank[at(actual)]);
        },
      ),
    );
  });
});

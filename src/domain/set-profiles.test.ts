import { describe, expect, it } from 'vitest';
import { assessIndicator, type AssessableIndicator, type AssessableObservation } from './assess';
import { phaseByShares, profileSharesProblem } from './set-profiles';

const FLAT = Array.from({ length: 12 }, () => 100 / 12);
/** A seasonal profile: a tenth in each of April and May, the rest spread over the other months. */
const SEASONAL = [10, 10, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8];

describe('profileSharesProblem', () => {
  it('accepts twelve shares adding up to 100%, and twelve 8.33s as a flat profile', () => {
    expect(profileSharesProblem(SEASONAL)).toBeNull();
    expect(profileSharesProblem(Array.from({ length: 12 }, () => 8.33))).toBeNull();
  });

  it('names the month whose share is out of range', () => {
    const shares = [...SEASONAL];
    shares[4] = -2;
    expect(profileSharesProblem(shares)).toEqual({
      index: 4,
      message: 'August: a share is between 0% and 100%, not -2%.',
    });
    shares[4] = Number.NaN;
    expect(profileSharesProblem(shares)?.message).toBe('August: enter its share as a number.');
  });

  it('refuses shares that do not make 100%, saying what they make, and a short list', () => {
    expect(profileSharesProblem([...SEASONAL.slice(0, 11), 3])).toEqual({
      index: null,
      message: 'The shares add up to 95%; April to March must add up to 100%.',
    });
    expect(profileSharesProblem(SEASONAL.slice(0, 11))?.message).toMatch(/this has 11/);
  });
});

describe('phaseByShares', () => {
  const base = { shares: SEASONAL, yearTarget: 30, yearFloor: 20, unit: { type: 'count' } };

  it('gives a month its own share and a total since April the shares so far', () => {
    expect(phaseByShares({ ...base, period: '2012-05', basis: 'period' })).toMatchObject({
      target: 3,
      floor: 2,
      label: 'profile target for May 2012',
    });
    const ytd = phaseByShares({ ...base, period: '2012-05', basis: 'ytd' });
    expect(ytd).toMatchObject({
      target: 6,
      floor: 4,
      label: 'profile target for April to May 2012',
    });
    expect(ytd?.working).toBe(
      '30 × 20% = 6, under the monthly profile administrators set for 2012/13',
    );
    expect(phaseByShares({ ...base, period: '2013-03', basis: 'ytd' })?.target).toBeCloseTo(30);
  });

  it('phases nothing for a year or a rolling figure', () => {
    expect(phaseByShares({ ...base, period: '2012/13', basis: 'period' })).toBeNull();
    expect(phaseByShares({ ...base, period: '2012-05', basis: 'rolling-12' })).toBeNull();
  });
});

describe('a status under a profile administrators set', () => {
  /** Rogue traders disrupted, as the June 2012 dashboard prints it: 5 since April against 30. */
  const rogueTraders: AssessableIndicator = {
    id: 'cc2012-rogue-traders-disrupted',
    kind: 'performance',
    polarity: 'higher-is-better',
    unit: { type: 'count' },
    frequency: 'monthly',
    rule: { type: 'target-floor' },
    profile: { shape: 'flat', source: 'assumed', reason: 'Ragstone assumes a flat profile.' },
  };
  const figures: AssessableObservation[] = [
    { period: '2012-05', basis: 'period', measure: 'actual', value: 3 },
    { period: '2012-05', basis: 'ytd', measure: 'actual', value: 5 },
    { period: '2012/13', basis: 'period', measure: 'target', value: 30 },
    { period: '2012/13', basis: 'period', measure: 'floor', value: 20 },
    { period: '2011/12', basis: 'period', measure: 'actual', value: 25 },
  ];

  it('uses the dataset’s profile while there is no set one', () => {
    const row = assessIndicator(rogueTraders, figures, '2012-05');
    expect(row.ytdRating?.status).toBe('green');
    expect(row.ytdRating?.assumption).toBe('Ragstone assumes a flat profile.');
  });

  it('uses the year’s set profile instead, says so in the reason, and is no assumption', () => {
    const row = assessIndicator(
      { ...rogueTraders, setProfiles: { '2012/13': SEASONAL } },
      figures,
      '2012-05',
    );
    expect(row.ytdRating).toEqual({
      status: 'amber',
      rule: 'target-floor',
      reason:
        'Amber: the year-to-date figure of 5 is below the 6 profile target for April to May 2012 but above the 4 floor (30 × 20% = 6, under the monthly profile administrators set for 2012/13)',
    });
    expect(row.latestRating.status).toBe('green');
    expect(row.latestRating.reason).toMatch(/30 × 10% = 3, under the monthly profile/);
  });

  it('leaves other years to the dataset’s profile', () => {
    const row = assessIndicator(
      { ...rogueTraders, setProfiles: { '2013/14': FLAT } },
      figures,
      '2012-05',
    );
    expect(row.ytdRating?.assumption).toBe('Ragstone assumes a flat profile.');
  });
});

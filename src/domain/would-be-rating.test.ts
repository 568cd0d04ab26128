import { describe, expect, it } from 'vitest';
import type { AssessableIndicator, AssessableObservation } from './assess';
import { ratingWithFigure } from './would-be-rating';

const calls: AssessableIndicator = {
  id: 'calls-answered',
  kind: 'performance',
  polarity: 'higher-is-better',
  unit: { type: 'percent' },
  frequency: 'monthly',
  rule: { type: 'target-floor' },
};

const recorded: AssessableObservation[] = [
  { period: '2012-05', basis: 'period', measure: 'actual', value: 90 },
  { period: '2012-05', basis: 'ytd', measure: 'actual', value: 60 },
  { period: '2012/13', basis: 'period', measure: 'target', value: 80 },
  { period: '2012/13', basis: 'period', measure: 'floor', value: 75 },
];

describe('ratingWithFigure', () => {
  it('rates the new figure in place of the one recorded for the same period', () => {
    const rating = ratingWithFigure(calls, recorded, {
      period: '2012-05',
      basis: 'period',
      measure: 'actual',
      value: 70,
    });
    expect(rating.status).toBe('red');
    expect(rating.reason).toBe('Red: 70% is below the 75% floor and the 80% target for 2012/13');
  });

  it('rates a figure for a new period against the same year’s target', () => {
    const rating = ratingWithFigure(calls, recorded, {
      period: '2012-06',
      basis: 'period',
      measure: 'actual',
      value: 78,
    });
    expect(rating.status).toBe('amber');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { directionBetween, directionLabel, trendOver, type DirectionPoint } from './direction';
import type { Direction, PolarityKind } from './types';

const percent = { unit: { type: 'percent' } };
const p = (period: string, value: number | null): DirectionPoint => ({ period, value });

describe('directionBetween', () => {
  it.each<[string, DirectionPoint | null, DirectionPoint | null, PolarityKind, Direction, string]>([
    [
      'up, higher is better',
      p('2012-05', 67),
      p('2012-04', 60),
      'higher-is-better',
      'improving',
      'Improving: 67% in May 2012, up from 60% in April 2012 (higher is better)',
    ],
    [
      'down, higher is better',
      p('2012-05', 60),
      p('2012-04', 67),
      'higher-is-better',
      'worsening',
      'Worsening: 60% in May 2012, down from 67% in April 2012 (higher is better)',
    ],
    [
      'down, lower is better',
      p('2012-05', 55),
      p('2012-04', 60),
      'lower-is-better',
      'improving',
      'Improving: 55% in May 2012, down from 60% in April 2012 (lower is better)',
    ],
    [
      'up, lower is better',
      p('2012-05', 65),
      p('2012-04', 60),
      'lower-is-better',
      'worsening',
      'Worsening: 65% in May 2012, up from 60% in April 2012 (lower is better)',
    ],
    [
      'unchanged',
      p('2012-05', 60),
      p('2012-04', 60),
      'higher-is-better',
      'no-change',
      'No change: 60% in May 2012, the same as in April 2012',
    ],
    [
      'unchanged, no judgement',
      p('2012-05', 60),
      p('2012-04', 60),
      'no-judgement',
      'no-change',
      'No change: 60% in May 2012, the same as in April 2012',
    ],
    [
      'no judgement',
      p('2012-05', 65),
      p('2012-04', 60),
      'no-judgement',
      'not-comparable',
      'Not comparable: 65% in May 2012, up from 60% in April 2012, but no judgement of better or worse',
    ],
    [
      'unknown polarity',
      p('2012-05', 65),
      p('2012-04', 60),
      'unknown',
      'not-comparable',
      'Not comparable: 65% in May 2012, up from 60% in April 2012, but not known whether higher or lower is better',
    ],
    [
      'no previous value',
      p('2012-05', 65),
      p('2012-04', null),
      'higher-is-better',
      'not-comparable',
      'Not comparable: 65% in May 2012; no figure for April 2012',
    ],
    [
      'no previous figure',
      p('2012-05', 65),
      null,
      'higher-is-better',
      'not-comparable',
      'Not comparable: 65% in May 2012; no figure for an earlier period to compare with',
    ],
    [
      'no current value',
      p('2012-05', null),
      p('2012-04', 60),
      'higher-is-better',
      'not-comparable',
      'Not comparable: no current figure for May 2012',
    ],
    [
      'nothing',
      null,
      null,
      'higher-is-better',
      'not-comparable',
      'Not comparable: no current figure',
    ],
    [
      'same period last year',
      p('2012/13 Q1', 70),
      p('2011/12 Q1', 72),
      'higher-is-better',
      'worsening',
      'Worsening: 70% in Q1 2012/13, down from 72% in Q1 2011/12 (higher is better)',
    ],
  ])('%s', (_name, current, previous, polarity, direction, reason) => {
    const d = directionBetween(current, previous, polarity, percent);
    expect(d.direction).toBe(direction);
    expect(d.reason).toBe(reason);
  });

  it('records what it compared with', () => {
    expect(
      directionBetween(p('2012-05', 1), p('2012-04', 2), 'higher-is-better').comparedWith,
    ).toBe('2012-04');
    expect(
      directionBetween(p('2012-05', 1), null, 'higher-is-better').comparedWith,
    ).toBeUndefined();
  });

  it('names the comparison it could not make', () => {
    expect(
      directionBetween(p('2012-05', 1), null, 'higher-is-better', {
        comparison: 'the previous month',
      }).reason,
    ).toBe('Not comparable: 1 in May 2012; no figure for the previous month to compare with');
  });

  it('labels directions', () => {
    expect(
      (['improving', 'worsening', 'no-change', 'not-comparable'] as const).map(directionLabel),
    ).toEqual(['Improving', 'Worsening', 'No change', 'Not comparable']);
  });

  it('higher and lower is better give opposite judgements of the same movement', () => {
    const n = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(n, n, (a, b) => {
        const up = directionBetween(p('2012-05', a), p('2012-04', b), 'higher-is-better').direction;
        const down = directionBetween(
          p('2012-05', a),
          p('2012-04', b),
          'lower-is-better',
        ).direction;
        const flipped: Record<Direction, Direction> = {
          improving: 'worsening',
          worsening: 'improving',
          'no-change': 'no-change',
          'not-comparable': 'not-comparable',
        };
        expect(down).toBe(flipped[up]);
        expect(up).toBe(a === b ? 'no-change' : a > b ? 'improving' : 'worsening');
      }),
    );
  });
});

describe('trendOver', () => {
  const months = ['2011-12', '2012-01', '2012-02', '2012-03', '2012-04', '2012-05'];
  const series = (values: (number | null)[]) => values.map((v, i) => p(months[i] ?? '2013-01', v));

  it('reads a rising series as improving when higher is better', () => {
    const d = trendOver(series([60, 61, 63, 62, 65, 67]), 'higher-is-better', 6, percent);
    expect(d.direction).toBe('improving');
    expect(d.reason).toBe(
      'Improving: trend over the last 6 figures, from 60% in December 2011 to 67% in May 2012, rising (higher is better)',
    );
    expect(d.comparedWith).toBe('2011-12');
  });

  it('reads the same series as worsening when lower is better', () => {
    expect(trendOver(series([60, 61, 63, 62, 65, 67]), 'lower-is-better', 6).direction).toBe(
      'worsening',
    );
  });

  it('uses only the last n figures, in period order whatever the input order', () => {
    const points = series([90, 80, 70, 71, 72, 73]).reverse();
    expect(trendOver(points, 'higher-is-better', 4).direction).toBe('improving');
    expect(trendOver(points, 'higher-is-better', 6).direction).toBe('worsening');
  });

  it('uses the fitted line, so one odd month does not decide it', () => {
    // Ends lower than it starts, but the line through the figures rises.
    expect(trendOver(series([50, 60, 62, 64, 66, 49]), 'higher-is-better', 6).direction).toBe(
      'improving',
    );
  });

  it('calls tiny movements flat', () => {
    const d = trendOver(series([100, 100.1, 99.9, 100, 100.1, 100.2]), 'higher-is-better', 6);
    expect(d.direction).toBe('no-change');
    expect(d.reason).toContain('broadly flat');
    expect(trendOver(series([0, 0, 0]), 'higher-is-better', 3).direction).toBe('no-change');
  });

  it('skips missing figures and needs two', () => {
    expect(trendOver(series([null, 60, null, 70]), 'higher-is-better', 6).direction).toBe(
      'improving',
    );
    const d = trendOver(series([null, 60, null]), 'higher-is-better', 6);
    expect(d).toEqual({
      direction: 'not-comparable',
      reason: 'Not comparable: fewer than two figures to show a trend',
    });
    expect(trendOver([], 'higher-is-better', 6).direction).toBe('not-comparable');
    expect(trendOver(series([1, 2, 3]), 'higher-is-better', 1).direction).toBe('improving');
  });

  it('makes no judgement without polarity', () => {
    const d = trendOver(series([1, 2, 3]), 'no-judgement', 3);
    expect(d.direction).toBe('not-comparable');
    expect(d.reason).toContain('rising, but no judgement of better or worse');
  });

  it('mirrors between higher and lower is better, and shifting all figures up does not change it', () => {
    const values = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(values, (vs) => {
        const up = trendOver(series(vs), 'higher-is-better', 6).direction;
        const down = trendOver(series(vs), 'lower-is-better', 6).direction;
        if (up === 'no-change') expect(down).toBe('no-change');
        else expect(down).toBe(up === 'improving' ? 'worsening' : 'improving');
        const negated = trendOver(series(vs.map((v) => -v)), 'lower-is-better', 6).direction;
        expect(negated).toBe(up);
      }),
    );
  });

  it('a series rising by more than 1% of its size each time is improving when higher is better', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: -1000, max: 1000 }),
        (steps, start) => {
          const vs = [start];
          for (const s of steps) vs.push((vs[vs.length - 1] ?? 0) + s);
          fc.pre(Math.min(...steps) > 0.01 * Math.max(...vs.map(Math.abs)));
          expect(trendOver(series(vs), 'higher-is-better', 6).direction).toBe('improving');
        },
      ),
    );
  });
});

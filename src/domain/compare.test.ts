import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  describeGroupPhrase,
  distinctPeriods,
  MIN_FIGURES_TO_RANK,
  ordinal,
  positionLabel,
  quartileOf,
  rankAreas,
  type AreaFigure,
} from './compare';
import type { PolarityKind } from './types';

const figures = (values: Record<string, number | null>): AreaFigure[] =>
  Object.entries(values).map(([name, value]) => ({ areaId: name.toLowerCase(), name, value }));

const family = {
  Kent: 80,
  Essex: 90,
  Surrey: 85,
  Hampshire: 70,
  Norfolk: 60,
  Suffolk: 50,
  Devon: 40,
  Lancashire: 30,
  Cumbria: 20,
  Somerset: 10,
  Dorset: 5,
};

describe('ordinal', () => {
  test.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [101, '101st'],
    [111, '111th'],
  ])('%i is %s', (n, expected) => {
    expect(ordinal(n)).toBe(expected);
  });
});

describe('quartileOf', () => {
  test.each([
    [1, 11, 1],
    [3, 11, 1],
    [4, 11, 2],
    [6, 11, 3],
    [11, 11, 4],
    [1, 4, 1],
    [2, 4, 2],
    [3, 4, 3],
    [4, 4, 4],
    [1, 3, null],
    [0, 11, null],
    [12, 11, null],
  ])('position %i of %i is quartile %s', (position, ranked, expected) => {
    expect(quartileOf(position, ranked)).toBe(expected);
  });
});

describe('rankAreas sentences', () => {
  test.each<[string, Record<string, number | null>, PolarityKind, string]>([
    [
      'higher is better, 3rd of 11',
      family,
      'higher-is-better',
      'Kent is 3rd best of 11 in its family group (top quartile); 2 percentage points better than the national average.',
    ],
    [
      'lower is better reverses the order',
      family,
      'lower-is-better',
      'Kent is 9th best of 11 in its family group (bottom quartile); 2 percentage points worse than the national average.',
    ],
    [
      'best of the group',
      { Kent: 99, Essex: 90, Surrey: 85, Devon: 10 },
      'higher-is-better',
      'Kent is best of 4 in its family group (top quartile); 21 percentage points better than the national average.',
    ],
    [
      'worst of the group',
      { Kent: 1, Essex: 90, Surrey: 85, Devon: 10 },
      'higher-is-better',
      'Kent is worst of 4 in its family group (bottom quartile); 77 percentage points worse than the national average.',
    ],
    [
      'a tie shares the better position',
      { Kent: 85, Essex: 90, Surrey: 85, Devon: 10, Norfolk: 5 },
      'higher-is-better',
      'Kent is joint 2nd best of 5 in its family group (tied with Surrey; second quartile); 7 percentage points better than the national average.',
    ],
    [
      'missing values are counted, not ranked',
      { Kent: 80, Essex: 90, Surrey: null, Devon: 10, Norfolk: 5, Dorset: null },
      'higher-is-better',
      'Kent is 2nd best of 4 in its family group (second quartile; 2 of the 6 areas have no figure); 2 percentage points better than the national average.',
    ],
    [
      'groups under four have no quartile',
      { Kent: 80, Essex: 90, Surrey: 10 },
      'higher-is-better',
      'Kent is 2nd best of 3 in its family group (too few figures for quartiles); 2 percentage points better than the national average.',
    ],
    [
      'two figures are too few to rank: shown, not placed',
      { Kent: 80, Essex: 90 },
      'higher-is-better',
      'Only 2 areas in its family group have a figure, too few to rank, so Kent’s figure is shown without a position; 2 percentage points better than the national average.',
    ],
    [
      'two figures among more members: the count says how many have one',
      { Kent: 80, Essex: null, Surrey: 10 },
      'lower-is-better',
      'Only 2 of the 3 areas in its family group have a figure, too few to rank, so Kent’s figure is shown without a position; 2 percentage points worse than the national average.',
    ],
    [
      'the lead has no figure',
      { Kent: null, Essex: 90, Surrey: 10 },
      'higher-is-better',
      'Kent has no figure here, so it cannot be placed in its family group; 2 of the 3 areas have one.',
    ],
    [
      'no judgement: highest, not best',
      { Kent: 80, Essex: 90, Surrey: 10, Devon: 5 },
      'no-judgement',
      'Kent has the 2nd highest figure of 4 in its family group; the measure has no better or worse direction, so this is not a ranking; 2 percentage points above the national average.',
    ],
  ])('%s', (_name, values, polarity, expected) => {
    const ranking = rankAreas({
      figures: figures(values),
      leadAreaId: 'kent',
      polarity,
      groupPhrase: 'in its family group',
      references: [{ label: 'the national average', value: 78 }],
      unit: { type: 'percent' },
    });
    expect(ranking.sentence).toBe(expected);
  });

  test('with too few figures no area gets a position, though every figure is kept', () => {
    const ranking = rankAreas({
      figures: figures({ Kent: 80, Essex: 90 }),
      leadAreaId: 'kent',
      polarity: 'higher-is-better',
      groupPhrase: 'in its family group',
    });
    expect(ranking.tooFewToRank).toBe(true);
    expect(ranking.positions.map((p) => [p.name, p.value, p.position])).toEqual([
      ['Essex', 90, null],
      ['Kent', 80, null],
    ]);
    expect(ranking.quartile).toBeNull();
  });

  test('a lead alone in its group has no position, only differences', () => {
    const ranking = rankAreas({
      figures: figures({ Kent: 743, Essex: null, Surrey: null }),
      leadAreaId: 'kent',
      polarity: 'lower-is-better',
      groupPhrase: 'in its family group',
      references: [{ label: 'England', value: 876 }],
      unit: { type: 'rate', per: 100000 },
    });
    expect(ranking.sentence).toBe(
      'Kent is the only area with a figure in its family group, so it has no position (2 of the 3 areas have no figure); 133 per 100,000 better than England.',
    );
    expect(ranking.quartile).toBeNull();
  });

  test('the lead is not a member of the group', () => {
    const ranking = rankAreas({
      figures: figures({ Essex: 1 }),
      leadAreaId: 'kent',
      polarity: 'higher-is-better',
      groupPhrase: 'in the region',
    });
    expect(ranking.lead).toBeNull();
    expect(ranking.sentence).toBe(
      'kent is not in this group, so it cannot be placed in the region.',
    );
  });

  test('differences are rounded to the figures printed and use the unit', () => {
    const ranking = rankAreas({
      figures: figures({ Kent: 92.9, Essex: 80 }),
      leadAreaId: 'kent',
      polarity: 'lower-is-better',
      groupPhrase: 'in its family group',
      references: [
        { label: 'the national average', value: 85.5 },
        { label: 'the regional average', value: 92.9 },
        { label: 'the English cities average', value: null },
      ],
      unit: { type: 'days' },
    });
    expect(ranking.differences.map((d) => d.text)).toEqual([
      '7.4 days worse than the national average',
      'the same as the regional average',
    ]);
  });

  test.each([
    [{ type: 'currency' }, '£2 better'],
    [{ type: 'rate', per: 1000 }, '2 per 1,000 better'],
    [{ type: 'count' }, '2 better'],
    [{ type: 'weeks' }, '2 weeks better'],
    [{ type: 'percent' }, '2 percentage points better'],
  ])('difference in %o reads "%s"', (unit, words) => {
    const ranking = rankAreas({
      figures: figures({ Kent: 5 }),
      leadAreaId: 'kent',
      polarity: 'higher-is-better',
      groupPhrase: 'here',
      references: [{ label: 'the average', value: 3 }],
      unit,
    });
    expect(ranking.differences[0]?.text).toBe(`${words} than the average`);
  });
});

describe('group phrases and periods', () => {
  test.each([
    ['statistical-neighbours', 'Kent statistical neighbours', 'among its statistical neighbours'],
    ['family-group', 'YJB family', 'in its family group'],
    ['region', 'the South East', 'in the South East'],
    ['national', 'England', 'nationally'],
    ['benchmark-club', 'the CSS highways club', 'in the CSS highways club'],
  ])('%s reads "%s"', (kind, name, phrase) => {
    expect(describeGroupPhrase(kind, name)).toBe(phrase);
  });

  test('distinct periods ignore missing figures', () => {
    expect(
      distinctPeriods([
        { areaId: 'a', name: 'A', value: 1, period: '2010/11' },
        { areaId: 'b', name: 'B', value: 2, period: '2009/10' },
        { areaId: 'c', name: 'C', value: null, period: '2008/09' },
        { areaId: 'd', name: 'D', value: 3, period: '2010/11' },
      ]),
    ).toEqual(['2009/10', '2010/11']);
  });
});

const judged = fc.constantFrom<PolarityKind>('higher-is-better', 'lower-is-better');
const groupArb = fc.array(fc.option(fc.integer({ min: -50, max: 50 }), { nil: null, freq: 5 }), {
  minLength: 1,
  maxLength: 30,
});

function rankLead(values: (number | null)[], polarity: PolarityKind) {
  return rankAreas({
    figures: values.map((value, index) => ({ areaId: `a${index}`, name: `Area ${index}`, value })),
    leadAreaId: 'a0',
    polarity,
    groupPhrase: 'here',
  });
}

describe('rankAreas properties', () => {
  test('the lead is placed one below the number strictly better than it', () => {
    fc.assert(
      fc.property(groupArb, judged, (values, polarity) => {
        const ranking = rankLead(values, polarity);
        const lead = values[0];
        const withFigures = values.filter((v) => v !== null).length;
        if (lead === null || lead === undefined || withFigures < MIN_FIGURES_TO_RANK) {
          expect(ranking.lead?.position).toBeNull();
          return;
        }
        const better = values.filter(
          (v) => v !== null && (polarity === 'higher-is-better' ? v > lead : v < lead),
        ).length;
        expect(ranking.lead?.position).toBe(better + 1);
      }),
    );
  });

  test('improving the lead never lowers its position', () => {
    fc.assert(
      fc.property(groupArb, judged, fc.integer({ min: 1, max: 20 }), (values, polarity, step) => {
        const lead = values[0];
        if (lead === null || lead === undefined) return;
        const improved = [
          polarity === 'higher-is-better' ? lead + step : lead - step,
          ...values.slice(1),
        ];
        const before = rankLead(values, polarity).lead?.position ?? Infinity;
        const after = rankLead(improved, polarity).lead?.position ?? Infinity;
        expect(after).toBeLessThanOrEqual(before);
      }),
    );
  });

  test('the order of the input does not change anyone’s position', () => {
    fc.assert(
      fc.property(groupArb, judged, fc.integer(), (values, polarity, seed) => {
        const named = values.map((value, index) => ({
          areaId: `a${index}`,
          name: `Area ${index}`,
          value,
        }));
        const shuffled = [...named].sort(
          (a, b) => ((a.areaId.length * seed) % 7) - ((b.areaId.length * seed) % 7),
        );
        const byId = (figs: AreaFigure[]) =>
          Object.fromEntries(
            rankAreas({
              figures: figs,
              leadAreaId: 'a0',
              polarity,
              groupPhrase: 'here',
            }).positions.map((p) => [p.areaId, p.position]),
          );
        expect(byId(shuffled)).toEqual(byId(named));
      }),
    );
  });

  test('equal figures share a position, and positions stay within the ranked count', () => {
    fc.assert(
      fc.property(groupArb, judged, (values, polarity) => {
        const ranking = rankLead(values, polarity);
        expect(ranking.ranked + ranking.missing.length).toBe(values.length);
        for (const a of ranking.positions) {
          if (a.position === null) continue;
          expect(a.position).toBeGreaterThanOrEqual(1);
          expect(a.position).toBeLessThanOrEqual(ranking.ranked);
          for (const b of ranking.positions) {
            if (b.value === a.value) expect(b.position).toBe(a.position);
          }
        }
      }),
    );
  });

  test('quartiles exist only for judged groups of four or more, and follow position', () => {
    fc.assert(
      fc.property(
        groupArb,
        fc.constantFrom<PolarityKind>(
          'higher-is-better',
          'lower-is-better',
          'no-judgement',
          'unknown',
        ),
        (values, polarity) => {
          const ranking = rankLead(values, polarity);
          const hasQuartile = ranking.quartile !== null;
          const shouldHave =
            ranking.ranked >= 4 &&
            ranking.lead?.position != null &&
            (polarity === 'higher-is-better' || polarity === 'lower-is-better');
          expect(hasQuartile).toBe(shouldHave);
          const placed = ranking.positions.filter((p) => p.quartile !== null);
          for (const a of placed) {
            for (const b of placed) {
              if ((a.position ?? 0) < (b.position ?? 0))
                expect(a.quartile ?? 0).toBeLessThanOrEqual(b.quartile ?? 0);
            }
          }
        },
      ),
    );
  });
});

describe('positionLabel', () => {
  test.each([
    [3, false, '3'],
    [3, true, '3='],
    [1, true, '1='],
  ])('position %i (tied: %s) reads %j, never starting with "="', (position, isTied, label) => {
    expect(positionLabel(position, isTied)).toBe(label);
  });
});

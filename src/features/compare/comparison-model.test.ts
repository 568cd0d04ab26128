import { beforeAll, expect, test } from 'vitest';
import type { ComparisonResponse } from '@/data/api/contract';
import type { Observation } from '@/data/contract/dataset-schema';
import { chosenPeriod } from './comparison-choice';
import { defaultGroup, groupOptions, nameFromId } from './comparison-model';
import { buildComparisonView } from './comparison-view';
import type { ImportedFigure } from './import/read-file';
import { loadRegister } from './register-region';
import { figuresForPeriod } from '@/data/api/comparison-figures';
import {
  actualFigure,
  comparisonFixture,
  contextIndicator,
  county,
  england,
} from '@test/comparison-fixtures';

const figure = (
  areaId: string,
  name: string,
  period: string,
  value: number,
  row: number,
): ImportedFigure => ({
  areaId,
  name,
  period,
  value,
  printed: String(value),
  row,
  areaType: 'county',
  isReference: false,
});

const actual = actualFigure('x');

const observations: Observation[] = [
  actual('kent', '2006/07', 6),
  actual('kent', '2005/06', 7),
  actual('essex', '2006/07', 5),
  actual('essex', '2005/06', 8),
  actual('surrey', '2005/06', 9),
  actual('england', '2006/07', 7.5),
];

const response: ComparisonResponse = comparisonFixture({
  indicator: contextIndicator('x', 'Share of roads needing repair', 'lower-is-better', {
    type: 'percent',
  }),
  areas: [county('kent', 'Kent'), county('essex', 'Essex'), county('surrey', 'Surrey'), england],
  groups: [
    {
      id: 'club',
      name: 'Highways club',
      kind: 'benchmark-club',
      leadArea: 'kent',
      members: ['essex', 'surrey', 'devon'],
      provenance: [],
    },
    {
      id: 'family',
      name: 'Family',
      kind: 'family-group',
      leadArea: 'kent',
      members: ['kent', 'hampshire'],
      provenance: [],
    },
  ],
  observations,
});

// A file group needs the register's regions, which the page loads with the imported sets.
beforeAll(() => loadRegister());

test('the default group is the one where members have figures, and the default period the best covered', () => {
  const options = groupOptions(response, undefined);
  expect(defaultGroup(options, 'kent', response)?.id).toBe('club');
  expect(chosenPeriod(response, undefined, 'kent', undefined)).toEqual({
    periods: ['2005/06', '2006/07'],
    period: '2006/07',
  });
  // A period in the address is kept when it has figures, and only then.
  expect(chosenPeriod(response, '2005/06', 'kent', undefined).period).toBe('2005/06');
  expect(chosenPeriod(response, '1999/00', 'kent', undefined).period).toBe('2006/07');
});

test('an area without a figure for the period falls back to its latest earlier one, and the years are flagged', () => {
  const group = groupOptions(response, undefined).find((option) => option.id === 'club');
  if (!group) throw new Error('no club');
  const view = buildComparisonView({
    response,
    figures: figuresForPeriod(observations, '2006/07'),
    lead: 'kent',
    group,
    period: '2006/07',
    imported: [],
  });
  expect(view.ranked.map((f) => [f.areaId, f.value, f.period])).toEqual([
    ['kent', 6, '2006/07'],
    ['essex', 5, '2006/07'],
    ['surrey', 9, '2005/06'],
    ['devon', null, null],
  ]);
  expect(view.ranked.find((f) => f.areaId === 'devon')?.name).toBe('Devon');
  expect(view.periods).toEqual(['2005/06', '2006/07']);
  expect(view.references.map((r) => r.areaId)).toEqual(['england']);
  expect(view.ranking.sentence).toBe(
    'Kent is 2nd best of 3 in Highways club (too few figures for quartiles; 1 of the 4 areas has no figure); 1.5 percentage points better than England.',
  );
});

test('an import never supplies the council’s own figure, even where its papers have none', () => {
  const group = groupOptions(response, ['kent', 'essex']).find((option) => option.id === 'user');
  if (!group) throw new Error('no user group');
  const view = buildComparisonView({
    response,
    figures: figuresForPeriod(observations, '2007/08'),
    lead: 'essex',
    group,
    period: '2007/08',
    ownAuthority: 'kent',
    imported: [
      {
        id: 'bench',
        fileName: 'bench.csv',
        polarity: 'unknown',
        figures: [
          figure('kent', 'Kent', '2007/08', 1, 2),
          figure('essex', 'Essex', '2007/08', 4, 3),
        ],
      },
    ],
  });
  // Both keep their latest figure from the papers (2006/07); neither is filled from the file.
  expect(view.ranked.map((f) => [f.areaId, f.value, f.period, f.importedFrom])).toEqual([
    ['essex', 5, '2006/07', undefined],
    ['kent', 6, '2006/07', undefined],
  ]);
});

test('imported figures fill gaps for the group’s members only, and never replace a figure from the papers', () => {
  const group = groupOptions(response, ['kent', 'essex', 'devon']).find(
    (option) => option.id === 'user',
  );
  if (!group) throw new Error('no user group');
  const view = buildComparisonView({
    response,
    figures: figuresForPeriod(observations, '2006/07'),
    lead: 'kent',
    group,
    period: '2006/07',
    imported: [
      {
        id: 'bench',
        fileName: 'bench.csv',
        polarity: 'unknown',
        figures: [
          figure('kent', 'Kent', '2006/07', 99, 2),
          figure('devon', 'Devon', '2006/07', 4, 3),
          // Norfolk is not in the chosen group: it must not join it.
          figure('norfolk', 'Norfolk', '2006/07', 10, 4),
        ],
      },
    ],
  });
  expect(view.ranked.map((f) => [f.areaId, f.value, f.importedFrom])).toEqual([
    ['kent', 6, undefined],
    ['essex', 5, undefined],
    ['devon', 4, 'bench.csv'],
  ]);
  expect(view.ranking.sentence).toMatch(/^Kent is worst of 3 in the chosen group/);
});

test.each([
  ['west-sussex', 'West Sussex'],
  ['wessex-yot', 'Wessex YOT'],
  ['isle-of-wight', 'Isle of Wight'],
])('an id without an area record reads as a name: %s', (id, name) => {
  expect(nameFromId(id)).toBe(name);
});

test('a group built from a file ranks its councils on the file’s figures, with England as a reference, never ranked', () => {
  const source = {
    id: 'ft',
    fileName: 'fingertips.csv',
    title: 'Air pollution',
    unit: { type: 'percent' as const },
    polarity: 'lower-is-better' as const,
    figures: [
      figure('kent', 'Kent', '2019', 5.5, 2),
      figure('essex', 'Essex', '2019', 5.9, 3),
      figure('surrey', 'Surrey', '2019', 6.1, 4),
      {
        ...figure('england', 'England', '2019', 5.1, 5),
        isReference: true,
        areaType: 'country' as const,
      },
      {
        ...figure('london', 'London', '2019', 6.9, 6),
        isReference: true,
        areaType: 'region' as const,
      },
      { ...figure('luton', 'Luton', '2019', 7, 7), areaType: 'unitary' as const },
    ],
  };
  const options = groupOptions(response, undefined, [source]);
  const counties = options.find((o) => o.name === 'Counties in fingertips.csv');
  expect(options.map((o) => o.name)).toContain('Unitary authorities in fingertips.csv');
  if (!counties) throw new Error('no group from the file');
  const view = buildComparisonView({
    response,
    figures: figuresForPeriod(observations, '2019'),
    lead: 'kent',
    group: counties,
    period: '2019',
    imported: [source],
  });
  expect(view.ranked.map((f) => [f.areaId, f.value, f.importedFrom])).toEqual([
    ['kent', 5.5, 'fingertips.csv'],
    ['essex', 5.9, 'fingertips.csv'],
    ['surrey', 6.1, 'fingertips.csv'],
  ]);
  // England is a reference line; London is not Kent's region, so it is not shown.
  expect(view.references.map((r) => r.areaId)).toEqual(['england']);
  expect(view.unit).toEqual({ type: 'percent' });
  expect(view.ranking.sentence).toMatch(/^Kent is best of 3 in Counties in fingertips.csv/);
  expect(view.ranking.sentence).toMatch(/worse than England/);
});

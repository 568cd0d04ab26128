import { expect, test } from 'vitest';
import type { ComparisonResponse } from '@/data/api/contract';
import type { Observation } from '@/data/contract/dataset-schema';
import {
  buildComparisonView,
  defaultGroup,
  defaultPeriod,
  groupOptions,
  nameFromId,
} from './comparison-model';

const actual = (area: string, period: string, value: number | null): Observation => ({
  indicatorId: 'x',
  area,
  period,
  basis: 'period',
  measure: 'actual',
  value,
  ...(value === null ? { missing: { reason: 'not-available', text: 'N/A' } } : {}),
});

const response: ComparisonResponse = {
  indicator: {
    id: 'x',
    title: 'Share of roads needing repair',
    codes: [],
    kind: 'context',
    polarity: 'lower-is-better',
    unit: { type: 'percent' },
    frequency: 'annual',
    rule: { type: 'not-rated', reason: 'context' },
    owners: [],
    provenance: [],
  },
  areas: [
    { id: 'kent', name: 'Kent', type: 'county' },
    { id: 'essex', name: 'Essex', type: 'county' },
    { id: 'surrey', name: 'Surrey', type: 'county' },
    { id: 'england', name: 'England', type: 'country' },
  ],
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
  observations: [
    actual('kent', '2006/07', 6),
    actual('kent', '2005/06', 7),
    actual('essex', '2006/07', 5),
    actual('essex', '2005/06', 8),
    actual('surrey', '2005/06', 9),
    actual('england', '2006/07', 7.5),
  ],
  tables: [],
  periods: ['2005/06', '2006/07'],
};

test('the default group is the one where members have figures, and the default period the best covered', () => {
  const options = groupOptions(response, undefined);
  expect(defaultGroup(options, 'kent', response)?.id).toBe('club');
  expect(defaultPeriod(response, 'kent', response.periods)).toBe('2006/07');
});

test('an area without a figure for the period falls back to its latest earlier one, and the years are flagged', () => {
  const group = groupOptions(response, undefined).find((option) => option.id === 'club');
  if (!group) throw new Error('no club');
  const view = buildComparisonView({
    response,
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
    lead: 'essex',
    group,
    period: '2007/08',
    ownAuthority: 'kent',
    imported: [
      {
        fileName: 'bench.csv',
        figures: [
          { areaId: 'kent', name: 'Kent', period: '2007/08', value: 1, printed: '1', row: 2 },
          { areaId: 'essex', name: 'Essex', period: '2007/08', value: 4, printed: '4', row: 3 },
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

test('imported figures fill gaps but never replace a figure from the papers', () => {
  const group = groupOptions(response, ['kent', 'essex', 'devon']).find(
    (option) => option.id === 'user',
  );
  if (!group) throw new Error('no user group');
  const view = buildComparisonView({
    response,
    lead: 'kent',
    group,
    period: '2006/07',
    imported: [
      {
        fileName: 'bench.csv',
        figures: [
          { areaId: 'kent', name: 'Kent', period: '2006/07', value: 99, printed: '99', row: 2 },
          { areaId: 'devon', name: 'Devon', period: '2006/07', value: 4, printed: '4', row: 3 },
          {
            areaId: 'imported-norfolk',
            name: 'Norfolk',
            period: '2006/07',
            value: 10,
            printed: '10',
            row: 4,
          },
        ],
      },
    ],
  });
  expect(view.ranked.map((f) => [f.areaId, f.value, f.importedFrom])).toEqual([
    ['kent', 6, undefined],
    ['essex', 5, undefined],
    ['devon', 4, 'bench.csv'],
    ['imported-norfolk', 10, 'bench.csv'],
  ]);
  expect(view.ranking.sentence).toMatch(/^Kent is 3rd best of 4 in the chosen group/);
});

test.each([
  ['west-sussex', 'West Sussex'],
  ['wessex-yot', 'Wessex YOT'],
  ['isle-of-wight', 'Isle of Wight'],
])('an id without an area record reads as a name: %s', (id, name) => {
  expect(nameFromId(id)).toBe(name);
});

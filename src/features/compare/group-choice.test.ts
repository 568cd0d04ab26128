import { expect, test } from 'vitest';
import { assembleComparison } from '@/data/api/comparison-figures';
import type { ComparisonResponse } from '@/data/api/contract';
import type { Observation } from '@/data/contract/dataset-schema';
import { groupOptions, type ImportedSource } from './comparison-model';
import { groupChoiceLabel, groupChoices, groupChoiceSections } from './group-choice';

const actual = (area: string, period: string, value: number | null): Observation => ({
  indicatorId: 'asc',
  area,
  period,
  basis: 'period',
  measure: 'actual',
  value,
});

const group = (id: string, name: string, members: string[]) => ({
  id,
  name,
  kind: 'named-comparators' as const,
  members,
  provenance: [],
});

const observations: Observation[] = [
  actual('kent', '2006/07', 80),
  actual('essex', '2006/07', 90),
  actual('surrey', '2005/06', 70),
  actual('hampshire', '2006/07', null),
  actual('england', '2006/07', 75),
];

const response: ComparisonResponse = assembleComparison(
  {
    indicator: {
      id: 'asc',
      title: 'Older people helped to live at home',
      codes: [],
      kind: 'context',
      polarity: 'higher-is-better',
      unit: { type: 'rate', per: 1000 },
      frequency: 'annual',
      rule: { type: 'not-rated', reason: 'context' },
      owners: [],
      provenance: [],
    },
    areas: [
      { id: 'kent', name: 'Kent', type: 'county' },
      { id: 'essex', name: 'Essex', type: 'county' },
      { id: 'surrey', name: 'Surrey', type: 'county' },
      { id: 'hampshire', name: 'Hampshire', type: 'county' },
      { id: 'england', name: 'England', type: 'country' },
    ],
    groups: [
      group('registration', 'Registration service comparators', ['surrey', 'medway']),
      group('adults', 'Adult social services comparators', ['essex', 'surrey', 'hampshire']),
      group('national', 'National figures', ['england']),
    ],

    tables: [],
  },
  observations,
  'kent',
);

test('each group is named with how many of its areas have a figure for this indicator', () => {
  const choices = groupChoices(groupOptions(response, undefined), response, 'kent');
  expect(choices.map((c) => [c.option.id, c.withFigures, c.coverage, c.label])).toEqual([
    [
      'registration',
      2,
      'too-few',
      'Registration service comparators (2 with figures, too few to rank)',
    ],
    ['adults', 3, 'can-rank', 'Adult social services comparators (3 with figures)'],
    // England is a reference line, never ranked: the lead alone has nothing to compare with.
    ['national', 1, 'none', 'National figures (no other authority has a figure)'],
    ['all', 3, 'can-rank', 'Every authority with a figure (3 with figures)'],
  ]);
});

test('groups that can rank come first, then too few to rank, then nothing to compare with', () => {
  const sections = groupChoiceSections(
    groupChoices(groupOptions(response, undefined), response, 'kent'),
  );
  expect(sections.map((s) => [s.heading, s.choices.map((c) => c.option.id)])).toEqual([
    ['Groups with figures to rank', ['adults', 'all']],
    ['Too few figures to rank', ['registration']],
    ['No figures to compare with', ['national']],
  ]);
});

test('a group built from a file counts that file’s figures, not the papers’', () => {
  const source: ImportedSource = {
    id: 'f1',
    fileName: 'lginform.csv',
    polarity: 'higher-is-better',
    figures: ['devon', 'dorset', 'kent'].map((areaId, row) => ({
      areaId,
      name: areaId,
      period: '2006/07',
      value: row,
      printed: String(row),
      row,
      areaType: 'county' as const,
      isReference: false,
    })),
  };
  const choices = groupChoices(groupOptions(response, undefined, [source]), response, 'kent', [
    source,
  ]);
  expect(choices.find((c) => c.option.sourceId === 'f1')?.label).toBe(
    'Counties in lginform.csv (3 with figures)',
  );
});

test('a lead without a figure in a group with none says so plainly', () => {
  expect(groupChoiceLabel('Highways club', 0, 0)).toBe(
    'Highways club (no figures for this indicator)',
  );
});

import { expect, test } from 'vitest';
import {
  actualFigure,
  comparisonFixture,
  contextIndicator,
  county,
  england,
} from '@test/comparison-fixtures';
import type { ComparisonResponse } from '@/data/api/contract';
import type { Observation } from '@/data/contract/dataset-schema';
import { groupOptions, type ImportedSource } from './comparison-model';
import { groupChoiceLabel, groupChoices, groupChoiceSections } from './group-choice';

const actual = actualFigure('asc');

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

const response: ComparisonResponse = comparisonFixture({
  indicator: contextIndicator('asc', 'Older people helped to live at home', 'higher-is-better', {
    type: 'rate',
    per: 1000,
  }),
  areas: [
    county('kent', 'Kent'),
    county('essex', 'Essex'),
    county('surrey', 'Surrey'),
    county('hampshire', 'Hampshire'),
    england,
  ],
  groups: [
    group('registration', 'Registration service comparators', ['surrey', 'medway']),
    group('adults', 'Adult social services comparators', ['essex', 'surrey', 'hampshire']),
    group('national', 'National figures', ['england']),
  ],
  observations,
});

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

import type { ComparisonResponse } from '@/data/api/contract';
import type { GroupOption } from './comparison-model';
import { groupChoices, tooFewToRank } from './group-choice';

const group = (id: string, members: string[]): GroupOption => ({
  id,
  name: id,
  kind: 'named-comparators',
  members,
  provenance: [],
});

const observations = ['kent', 'essex', 'surrey', 'hampshire'].map((area) => ({
  area,
  measure: 'actual',
  value: 1,
})) as unknown as ComparisonResponse['observations'];

test('groups with figures for the indicator come first, and a group with too few says so', () => {
  const choices = groupChoices(
    [
      group('registration', ['kent', 'essex', 'luton']),
      group('neighbours', ['kent', 'essex', 'surrey', 'hampshire']),
      group('empty', ['luton']),
    ],
    { observations },
  );
  expect(choices.map((choice) => choice.label)).toEqual([
    'neighbours (4 with figures)',
    'registration (2 with figures, too few to rank)',
    'empty (no figures for this indicator)',
  ]);
  expect(tooFewToRank(choices[0])).toBeUndefined();
  expect(tooFewToRank(choices[1])).toBe(
    'Only 2 members of registration have figures for this indicator: too few to rank. Positions are shown, but say little.',
  );
  expect(tooFewToRank(choices[2])).toMatch(/^No member of empty has a figure/);
});

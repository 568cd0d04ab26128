import type { IndicatorRow } from '@/data/api/contract';
import type { Structure } from '@/data/contract/dataset-schema';
import { toRowGroups } from './indicator-row-groups';
import { sectionCaption, sectionOf } from './indicator-sections';

/** Kent's 2012 layout: the authority is a scope, never a heading. */
const structure: Structure = {
  id: 'cc-2012',
  name: 'Kent 2012',
  asAt: '2012-06-01',
  nodes: [
    { id: 'kent', name: 'Kent County Council', kind: 'authority', parentId: null },
    { id: 'cmy', name: 'Customer and Communities', kind: 'directorate', parentId: 'kent' },
    { id: 'cmy-cs', name: 'Customer Services', kind: 'division', parentId: 'cmy' },
    { id: 'cmy-cs-cru', name: 'Customer Relationship Unit', kind: 'unit', parentId: 'cmy-cs' },
    { id: 'cmy-cs-web', name: 'Digital Services', kind: 'unit', parentId: 'cmy-cs' },
  ],
};

function row(
  id: string,
  owner: string | null,
  indicator: Partial<IndicatorRow['indicator']> = {},
): IndicatorRow {
  return {
    indicator: {
      id,
      title: id,
      kind: 'performance',
      frequency: 'monthly',
      owners: owner ? [{ nodeId: owner, role: 'lead' }] : [],
      ...indicator,
    },
  } as unknown as IndicatorRow;
}

test('a directorate and its division are named once, above their first unit, the authority never; rows with no unit go last', () => {
  const groups = toRowGroups(
    [row('a', null), row('b', 'cmy-cs-web'), row('c', 'cmy-cs-cru')],
    structure,
  );
  expect(
    groups.map((group) => ({
      key: group.key,
      headings: group.headings.map((heading) => [heading.level, heading.text]),
      rows: group.rows.map((r) => r.indicator.id),
    })),
  ).toEqual([
    {
      key: 'cmy-cs-cru',
      headings: [
        [1, 'Customer and Communities'],
        [2, 'Customer Services'],
        [3, 'Customer Relationship Unit'],
      ],
      rows: ['c'],
    },
    { key: 'cmy-cs-web', headings: [[3, 'Digital Services']], rows: ['b'] },
    { key: 'unassigned', headings: [[1, 'Not assigned to a unit in this structure']], rows: ['a'] },
  ]);
});

test('the unit a page is about is not repeated as a heading', () => {
  const groups = toRowGroups([row('c', 'cmy-cs-cru')], structure, 'cmy-cs-cru');
  expect(groups).toHaveLength(1);
  expect(groups[0]?.headings).toEqual([]);
});

test('rows go to the in-year, annual or activity table as the 2012 dashboard laid them out', () => {
  expect(sectionOf(row('a', null, { frequency: 'quarterly' }))).toBe('in-year');
  expect(sectionOf(row('b', null, { frequency: 'academic-year' }))).toBe('annual');
  expect(sectionOf(row('c', null, { kind: 'context', frequency: 'annual' }))).toBe('activity');
  expect(sectionCaption('Activity indicators', 1)).toBe(
    'Activity indicators: 1 indicator, grouped by unit. Select a column heading to sort.',
  );
  expect(sectionCaption('Activity indicators', 2)).toMatch(/^Activity indicators: 2 indicators,/);
});

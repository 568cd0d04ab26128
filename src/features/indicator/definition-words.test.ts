import type { IndicatorDetailResponse } from '@/data/api/contract';
import type { Structure } from '@/data/contract/dataset-schema';
import { codesWords, ownersOf, ruleWords, withoutLeadingLabel } from './definition-words';

const structure: Structure = {
  id: 'cc-2012',
  name: 'Kent 2012',
  asAt: '2012-06-01',
  nodes: [{ id: 'cru', name: 'Customer Relationship Unit', kind: 'unit', parentId: null }],
};

function detail(owners: IndicatorDetailResponse['indicator']['owners']): IndicatorDetailResponse {
  return {
    indicator: { owners },
    owners: [{ id: 'old-unit', name: 'Contact Centre', kind: 'unit', parentId: null }],
  } as unknown as IndicatorDetailResponse;
}

test('the direction’s reason leaves out the label its badge already shows', () => {
  expect(withoutLeadingLabel('Improving: up from 60% in April.')).toBe('Up from 60% in April.');
  expect(withoutLeadingLabel('not comparable: the definition changed.')).toBe(
    'The definition changed.',
  );
  expect(withoutLeadingLabel('No earlier figure.')).toBe('No earlier figure.');
});

test('codes and the rule are named, or the panel says there are none', () => {
  expect(codesWords([])).toBe('Local indicator (no framework code)');
  expect(codesWords([{ framework: 'NI', code: '130' }])).toMatch(/130/);
  expect(ruleWords({ type: 'target-floor' })).toMatch(
    /^Target and floor standard \(Kent’s rule\): /,
  );
  // 'Not rated: Not rated: …' would say it twice.
  expect(ruleWords({ type: 'not-rated', reason: 'activity' })).toMatch(/^Not rated: (?!Not rated)/);
});

test('an owner is named from the structure that holds it, else from the detail, else by its id', () => {
  const owners = ownersOf(
    detail([
      { nodeId: 'cru', role: 'lead' },
      { nodeId: 'old-unit', role: 'support' },
      { nodeId: 'gone', role: 'reports' },
    ]),
    [structure],
  );
  expect(owners.map(({ name, structure: s }) => [name, s?.id])).toEqual([
    ['Customer Relationship Unit', 'cc-2012'],
    ['Contact Centre', undefined],
    ['gone', undefined],
  ]);
});

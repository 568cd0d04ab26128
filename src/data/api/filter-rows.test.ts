import type { Structure } from '../contract/dataset-schema';
import { matchesText, ownerNamesIn } from './filter-rows';

const ni111 = {
  id: 'ni-111',
  title: 'First time entrants to the Youth Justice System aged 10-17',
  codes: [{ framework: 'NI' as const, code: '111' }],
};
const pakistani = {
  id: 'cfe-attainment-pakistani',
  title: 'Attainment of Pakistani pupils at Key Stage 4',
  codes: [],
};
const pafC28 = {
  id: 'paf-c28',
  title: 'Intensive home care per 1,000 population aged 65 or over',
  codes: [
    { framework: 'PAF' as const, code: 'C28' },
    { framework: 'BVPI' as const, code: '53' },
  ],
};

test.each([
  ['NI 111', ni111, true],
  ['ni111', ni111, true],
  ['NI-111', ni111, true],
  ['NI 11', ni111, false],
  ['NI 1111', ni111, false],
  ['NI', ni111, true],
  ['NI', pakistani, false],
  ['ni', pafC28, false],
  ['Pakistani', pakistani, true],
  ['kistani', pakistani, false],
  ['PAF C28', pafC28, true],
  ['c28', pafC28, true],
  ['BVPI 53', pafC28, true],
  ['53', pafC28, true],
  ['PAF 53', pafC28, false],
  ['home care', pafC28, true],
  ['care home', pafC28, true],
  ['paf-c28', pafC28, true],
  ['', ni111, true],
] as const)('“%s” matching %o is %s', (q, indicator, expected) => {
  expect(matchesText(indicator, q)).toBe(expected);
});

test('an owner’s name finds the indicators it owns, in any structure', () => {
  const structures: Structure[] = [
    {
      id: 'kcc-2008',
      name: 'Kent 2008',
      asAt: '2008-04-14',
      nodes: [{ id: 'kass', name: 'Adult Social Services', kind: 'directorate', parentId: null }],
    },
  ];
  const owned = { owners: [{ nodeId: 'kass', role: 'lead' as const }] };
  const names = ownerNamesIn(owned, structures);
  expect(names).toEqual(['Adult Social Services']);
  expect(matchesText(pafC28, 'adult social', names)).toBe(true);
  expect(matchesText(pafC28, 'adult social', [])).toBe(false);
});

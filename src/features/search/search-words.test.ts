import type { Structure } from '@/data/contract/dataset-schema';
import { codesText, ownersText, resultsSentence } from './search-words';

test('codes, owners and the result count read as words', () => {
  expect(
    codesText({
      codes: [
        { framework: 'NI', code: '111' },
        { framework: 'T2010', code: '60' },
      ],
    }),
  ).toBe('NI 111 · Towards 2010 target 60');
  const structures: Structure[] = [
    {
      id: 'kcc-2008',
      name: 'Kent 2008',
      asAt: '2008-04-14',
      nodes: [{ id: 'yos', name: 'Youth Offending Service', kind: 'unit', parentId: null }],
    },
  ];
  expect(
    ownersText(
      {
        owners: [
          { nodeId: 'yos', role: 'lead' },
          { nodeId: 'yos', role: 'support' },
        ],
      },
      structures,
    ),
  ).toBe('Youth Offending Service (Kent 2008)');
  expect(resultsSentence(0, 'zz')).toBe('No indicator matches “zz”.');
  expect(resultsSentence(1, 'NI 111')).toBe('1 indicator matches “NI 111”.');
  expect(resultsSentence(3, 'NI')).toBe('3 indicators match “NI”.');
});

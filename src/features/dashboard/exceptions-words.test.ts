import type { Structure } from '@/data/contract/dataset-schema';
import { exceptionsPrintHeading, exceptionsTitle, ownerNames } from './exceptions-words';

const structure: Structure = {
  id: 'kcc-2008',
  name: 'Kent 2008',
  asAt: '2008-04-14',
  nodes: [
    { id: 'kass', name: 'Adult Social Services', kind: 'directorate', parentId: null },
    { id: 'kass-op', name: 'Older People', kind: 'unit', parentId: 'kass' },
    { id: 'cfe', name: 'Children, Families & Education', kind: 'directorate', parentId: null },
  ],
};

test('an indicator’s owners are named in the structure shown, supporting roles left out', () => {
  expect(
    ownerNames(
      [
        { nodeId: 'kass', role: 'lead' },
        { nodeId: 'cfe', role: 'support' },
        { nodeId: 'kass-op', role: 'reports', structureId: 'kcc-2008' },
        { nodeId: 'kass-op', role: 'lead', structureId: 'kcc-2012' },
      ],
      structure,
    ),
  ).toBe('Adult Social Services, Older People');
  expect(ownerNames([{ nodeId: 'kass', role: 'lead' }], undefined)).toBe('Not recorded');
  expect(ownerNames([], structure)).toBe('Not recorded');
});

test('the title and printed heading say which exceptions, where and as at when', () => {
  expect(exceptionsTitle(undefined)).toBe('Exceptions');
  expect(exceptionsTitle('red-and-worsening')).toBe('Exceptions: Red and worsening');
  expect(
    exceptionsPrintHeading(
      'Kent County Council',
      'missing-data',
      'Kent 2008',
      'Older People',
      '2008-03',
    ),
  ).toBe(
    'Kent County Council: exceptions, no data or overdue, Kent 2008, Older People, as at March 2008',
  );
  expect(
    exceptionsPrintHeading(
      'Kent County Council',
      undefined,
      'Kent County Council directorates',
      undefined,
      undefined,
    ),
  ).toBe('Kent County Council: exceptions, all types');
});

import { KENT_2008 as structure } from '@test/structure-fixtures';
import { exceptionsPrintHeading, exceptionsTitle, ownerNames } from './exceptions-words';

test('an indicator’s owners are named in the structure shown, supporting roles left out', () => {
  expect(
    ownerNames(
      [
        { nodeId: 'kass', role: 'lead' },
        { nodeId: 'cfe', role: 'support' },
        { nodeId: 'kass-east-op', role: 'reports', structureId: 'kcc-2008' },
        { nodeId: 'kass-east', role: 'lead', structureId: 'kcc-2012' },
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

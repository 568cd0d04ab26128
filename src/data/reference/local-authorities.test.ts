import { expect, test } from 'vitest';
import { localAuthorityRegister, registerLookup } from './local-authorities';

test('the register holds every English authority with its code, tier and (upper tier) region', () => {
  const { authorities } = localAuthorityRegister();
  expect(authorities.length).toBeGreaterThan(300);
  const lookup = registerLookup();
  expect(lookup.byCode('E10000016')).toMatchObject({
    name: 'Kent',
    type: 'county',
    region: 'South East',
    oldLaCode: '886',
  });
  expect(lookup.byCode('886')?.code).toBe('E10000016');
  expect(lookup.byCode('E09000002')).toMatchObject({ type: 'london-borough', region: 'London' });
});

test.each([
  ['Kent County Council', 'E10000016'],
  ['KENT', 'E10000016'],
  ['Shepway', 'E07000112'],
  ['Folkestone and Hythe', 'E07000112'],
  ['Bristol, City of', 'E06000023'],
  ['Tonbridge & Malling', 'E07000115'],
])('"%s" is matched by name to %s', (name, code) => {
  expect(registerLookup().byName(name)?.code).toBe(code);
});

/**
 * What an ONS (GSS) area code says about the area: its first three characters name the kind of
 * area. E06 unitary, E07 non-metropolitan district, E08 metropolitan district, E09 London
 * borough, E10 county; E92 is England, E12 a region; the rest (E45 PHE centres, E47 combined
 * authorities, E38 CCGs…) are groupings of councils.
 */
import type { Area } from '@/data/contract/dataset-schema';

export type AuthorityType = Extract<
  Area['type'],
  'county' | 'unitary' | 'metropolitan' | 'london-borough' | 'district'
>;

const AUTHORITY_PREFIXES: Readonly<Record<string, AuthorityType>> = {
  E06: 'unitary',
  E07: 'district',
  E08: 'metropolitan',
  E09: 'london-borough',
  E10: 'county',
};

export function isAuthorityType(type: string): type is AuthorityType {
  return Object.values(AUTHORITY_PREFIXES).some((known) => known === type);
}

export const ONS_CODE = /^[EWSN]\d{8}$/;

export function authorityTypeOfCode(code: string): AuthorityType | null {
  if (!ONS_CODE.test(code)) return null;
  return AUTHORITY_PREFIXES[code.slice(0, 3)] ?? null;
}

/** A code of an area that is not one council: England, a region, a grouping. */
export function aggregateTypeOfCode(code: string): 'country' | 'region' | 'average' | null {
  if (!ONS_CODE.test(code) || authorityTypeOfCode(code) !== null) return null;
  if (code === 'E92000001' || /^[KWSN]92/.test(code)) return 'country';
  if (code.startsWith('E12')) return 'region';
  return 'average';
}

export const AUTHORITY_TYPE_NAMES: Readonly<Record<AuthorityType, { one: string; many: string }>> =
  {
    county: { one: 'county', many: 'counties' },
    unitary: { one: 'unitary authority', many: 'unitary authorities' },
    metropolitan: { one: 'metropolitan district', many: 'metropolitan districts' },
    'london-borough': { one: 'London borough', many: 'London boroughs' },
    district: { one: 'district', many: 'districts' },
  };

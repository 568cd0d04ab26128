/**
 * Which area a file's row is about: by ONS code (or old DfE LA code) first, then by name with the
 * register's aliases and former names; England, regions and other groupings become references.
 * The id is the dataset's own where it holds the area (so 'Folkestone & Hythe' joins 'shepway').
 */
import type { Area } from '@/data/contract/dataset-schema';
import { aggregateTypeOfCode, authorityTypeOfCode } from '@/data/reference/area-codes';
import { nameKey, registerLookup, type LocalAuthority } from '@/data/reference/local-authorities';

export interface MatchedArea {
  areaId: string;
  name: string;
  code?: string | undefined;
  type: Area['type'];
  isReference: boolean;
  /** How it was recognised, for the preview. */
  matchedBy: 'code' | 'name' | 'reference' | 'unmatched';
  region?: string | undefined;
}

/** An id in the dataset's style; unlike nameKey it keeps every word ('City of London' is not 'London'). */
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** What a level column ('National', 'Regional', 'PHE Centre') says about the area, if anything. */
function referenceTypeOfLevel(level: string): Area['type'] | null {
  const l = level.trim().toLowerCase();
  if (/^(national|england|country)$/.test(l)) return 'country';
  if (/^(regional|region|government office region)$/.test(l)) return 'region';
  if (/phe centre|combined authorit|ccg|icb|deprivation|cipfa|nearest neighbours|average/.test(l))
    return 'average';
  return null;
}

const REFERENCE_NAMES = /^(england|united kingdom|great britain|england and wales|national)$/i;

export function createAreaMatcher(datasetAreas: readonly Area[]) {
  const register = registerLookup();
  const datasetByKey = new Map<string, string>();
  for (const area of datasetAreas) {
    datasetByKey.set(nameKey(area.name), area.id);
    datasetByKey.set(nameKey(area.id.replace(/-/g, ' ')), area.id);
  }
  const datasetId = (names: readonly string[]) => {
    for (const name of names) {
      const id = datasetByKey.get(nameKey(name));
      if (id) return id;
    }
    return undefined;
  };
  const fromRegister = (authority: LocalAuthority, matchedBy: 'code' | 'name'): MatchedArea => ({
    areaId:
      datasetId([authority.name, ...authority.aliases, ...(authority.formerNames ?? [])]) ??
      slug(authority.name),
    name: authority.name,
    code: authority.code,
    type: authority.type,
    isReference: false,
    matchedBy,
    region: authority.region,
  });
  const reference = (name: string, type: Area['type'], code?: string): MatchedArea => {
    const plain = name.replace(/\s+region$/i, '');
    return {
      areaId: datasetId([plain]) ?? slug(plain),
      name: plain,
      code,
      type,
      isReference: true,
      matchedBy: 'reference',
    };
  };
  const cache = new Map<string, MatchedArea | null>();

  return (input: { code?: string; name: string; level?: string }): MatchedArea | null => {
    const code = input.code?.trim() ?? '';
    const name = input.name.trim();
    const level = input.level?.trim() ?? '';
    const key = `${code}\u0000${name}\u0000${level}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    const result = match(code, name, level);
    cache.set(key, result);
    return result;
  };

  function match(code: string, name: string, level: string): MatchedArea | null {
    const levelType = referenceTypeOfLevel(level);
    if (levelType !== null)
      return name || code ? reference(name || code, levelType, code || undefined) : null;
    if (code !== '') {
      const authority = register.byCode(code);
      if (authority) return fromRegister(authority, 'code');
      const aggregate = aggregateTypeOfCode(code);
      if (aggregate !== null) return reference(name || code, aggregate, code);
      const type = authorityTypeOfCode(code);
      // A real authority code the register does not know yet (a new unitary): trust the code.
      if (type !== null && name !== '')
        return {
          areaId: datasetId([name]) ?? slug(name),
          name,
          code,
          type,
          isReference: false,
          matchedBy: 'code',
        };
    }
    if (name === '') return null;
    if (REFERENCE_NAMES.test(name)) return reference(name, 'country');
    if (/\bregion$/i.test(name)) return reference(name, 'region');
    const authority = register.byName(name);
    if (authority) return fromRegister(authority, 'name');
    const id = datasetId([name]);
    return {
      areaId: id ?? `imported-${slug(name) || 'area'}`,
      name,
      code: code || undefined,
      type: 'other',
      isReference: false,
      matchedBy: id ? 'name' : 'unmatched',
    };
  }
}

export type AreaMatcher = ReturnType<typeof createAreaMatcher>;

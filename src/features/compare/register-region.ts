/**
 * The region the register of English authorities gives an authority, for a group built from an
 * imported file (its lead's region is the reference line drawn). The register is 36 KB of JSON
 * validated with zod, about 30 KB gzip together, and only a file group needs it, so it loads with
 * imported figures (imported-store.ts waits for it before any set reaches the page), never with
 * the page itself (ADR 0093).
 */
import type { RegisterLookup } from '@/data/reference/local-authorities';

let lookup: RegisterLookup | undefined;
let loading: Promise<void> | undefined;

/** Loads the register once; resolves when `regionOfAuthority` can answer. */
export function loadRegister(): Promise<void> {
  loading ??= import('@/data/reference/local-authorities').then((module) => {
    lookup = module.registerLookup();
  });
  return loading;
}

/** The authority's region by its name, alias or former name; undefined when the register has none. */
export function regionOfAuthority(name: string): string | undefined {
  // A file group is built only from sets in the store, which arrive after loadRegister: reaching
  // here without it is a bug that would quietly drop the region's line, so it is loud instead.
  if (!lookup) throw new Error('The register of authorities was not loaded before a file group.');
  return lookup.byName(name)?.region;
}

/**
 * Where one import is kept in this browser's IndexedDB: its own entry, its figures as columns.
 * Small on purpose: the import worker writes its file's entry with it (browser-imports.ts reads
 * them back and checks them).
 */
import { del, keys, set as put } from 'idb-keyval';
import type { FigureColumns, ImportedSet } from '@/data/api/benchmark-imports-contract';

export const STORED_IMPORT_PREFIX = 'ragstone:imported-benchmarks:v2:';
/** Where imports were kept before (v1: every import in one entry), read once and moved. */
export const LEGACY_IMPORTS_KEY = 'ragstone:imported-benchmarks:v1';

export function hasIndexedDb(): boolean {
  return typeof indexedDB !== 'undefined';
}

/**
 * Whether this browser keeps any import, new or old, found from the keys alone: reading and
 * checking them (browser-imports.ts, with the contract's schemas) loads only when there are some.
 */
export async function hasStoredImports(): Promise<boolean> {
  return (await keys()).some(
    (key) =>
      typeof key === 'string' &&
      (key.startsWith(STORED_IMPORT_PREFIX) || key === LEGACY_IMPORTS_KEY),
  );
}

/** An import as stored: everything but its figures, which are kept as columns. */
export type ImportMeta = Omit<ImportedSet, 'figures'>;

export function metaOf(set: ImportedSet): ImportMeta {
  const meta: Partial<ImportedSet> & ImportMeta = { ...set };
  delete meta.figures; // kept apart, as columns
  return meta;
}

export function putStoredImport(meta: ImportMeta, columns: FigureColumns): Promise<void> {
  return put(`${STORED_IMPORT_PREFIX}${meta.id}`, { ...meta, columns });
}

export function removeStoredImport(id: string): Promise<void> {
  return del(`${STORED_IMPORT_PREFIX}${id}`);
}

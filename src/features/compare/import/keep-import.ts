/**
 * Where one import is kept in this browser's IndexedDB: its own entry, its figures as columns.
 * Small on purpose: the import worker writes its file's entry with it (browser-imports.ts reads
 * them back and checks them).
 */
import { del, set as put } from 'idb-keyval';
import type { FigureColumns, ImportedSet } from '@/data/api/benchmark-imports-contract';

export const STORED_IMPORT_PREFIX = 'ragstone:imported-benchmarks:v2:';

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

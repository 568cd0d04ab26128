/**
 * Imports kept in this browser's IndexedDB (the static publication, no server): one entry per
 * import, its figures as columns (figure-columns.ts). One entry each, so adding or removing an
 * import never rewrites the others; as columns, so a big import is written and read back without
 * a long task: the import worker writes its own file's entry, off the page's main thread.
 * Imports kept before (v1: every import in one entry, figures as objects) are read once and moved.
 */
import { del, get, getMany, keys } from 'idb-keyval';
import {
  importedSetSchema,
  storedImportSchema,
  type FigureColumns,
  type ImportedSet,
} from '@/data/api/contract';
import { areaSchema } from '@/data/contract/dataset-schema';
import { checkColumns, figuresFromColumns, toColumns } from './import/figure-columns';
import {
  LEGACY_IMPORTS_KEY as LEGACY_KEY,
  metaOf,
  putStoredImport,
  STORED_IMPORT_PREFIX as PREFIX,
} from './import/keep-import';

const isAreaType = (text: string) => areaSchema.shape.type.safeParse(text).success;

/** Each set's figures as columns, kept beside it so it is never converted twice. */
const columnsOfSet = new WeakMap<ImportedSet, FigureColumns>();

export function rememberColumns(set: ImportedSet, columns: FigureColumns): void {
  columnsOfSet.set(set, columns);
}

export function putImportedSet(set: ImportedSet): Promise<void> {
  const columns = columnsOfSet.get(set) ?? toColumns(set.figures);
  columnsOfSet.set(set, columns);
  return putStoredImport(metaOf(set), columns);
}

/** A stored entry back as a set: its shape checked with zod, its columns checked to fit together. */
async function fromStored(entry: unknown): Promise<ImportedSet | null> {
  const parsed = storedImportSchema.safeParse(entry);
  if (!parsed.success) return null;
  const { columns, ...meta } = parsed.data;
  try {
    checkColumns(columns, isAreaType);
  } catch {
    return null;
  }
  // Built a slice at a time with yields between, so a reload never holds the page.
  const set: ImportedSet = { ...meta, figures: await figuresFromColumns(columns) };
  columnsOfSet.set(set, columns);
  return set;
}

/** Every stored import, oldest first; one that no longer fits the shape is dropped, the rest kept. */
export async function readStoredImports(): Promise<ImportedSet[]> {
  const storedKeys = (await keys()).filter(
    (key): key is string => typeof key === 'string' && key.startsWith(PREFIX),
  );
  const sets: ImportedSet[] = [];
  for (const entry of await getMany(storedKeys)) {
    const set = await fromStored(entry);
    if (set) sets.push(set);
  }
  const legacy: unknown = await get(LEGACY_KEY);
  if (Array.isArray(legacy)) {
    for (const entry of legacy) {
      const parsed = importedSetSchema.safeParse(entry);
      if (parsed.success) {
        sets.push(parsed.data);
        await putImportedSet(parsed.data);
      }
    }
    await del(LEGACY_KEY);
  }
  return sets.sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
}

/** Tests start from an empty IndexedDB. */
export async function clearStoredImports(): Promise<void> {
  const storedKeys = (await keys()).filter(
    (key) => typeof key === 'string' && key.startsWith(PREFIX),
  );
  await Promise.all([...storedKeys.map((key) => del(key)), del(LEGACY_KEY)]);
}

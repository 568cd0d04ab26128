/**
 * Figures the user imported from benchmarking files: kept in this browser's IndexedDB so they
 * survive a reload (there is no server copy yet), never sent anywhere, never mixed into the
 * dataset. What comes back from IndexedDB is validated like any other input: a stored set that no
 * longer fits the shape is dropped, and the rest are kept.
 */
import { del, get, set as put } from 'idb-keyval';
import { z } from 'zod';
import { create } from 'zustand';
import { areaSchema, polaritySchema, unitSchema } from '@/data/contract/dataset-schema';
import type { ImportedSource } from './comparison-model';

const STORAGE_KEY = 'ragstone:imported-benchmarks:v1';

const importedFigureSchema = z.object({
  areaId: z.string(),
  name: z.string(),
  code: z.string().optional(),
  areaType: areaSchema.shape.type,
  isReference: z.boolean(),
  period: z.string(),
  value: z.number(),
  printed: z.string(),
  row: z.number().int(),
});

const importedSetSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  indicatorId: z.string(),
  importedAt: z.string(),
  title: z.string().optional(),
  unitText: z.string().optional(),
  unit: unitSchema.optional(),
  polarity: polaritySchema,
  figures: z.array(importedFigureSchema),
});

export type ImportedSet = z.infer<typeof importedSetSchema>;

type Persistence = 'loading' | 'saved' | 'unavailable';

interface ImportedState {
  sets: ImportedSet[];
  persistence: Persistence;
}

const useImportedStore = create<ImportedState>()(() => ({ sets: [], persistence: 'loading' }));

function hasIndexedDb(): boolean {
  return typeof indexedDB !== 'undefined';
}

function setPersistence(persistence: Persistence): void {
  if (useImportedStore.getState().persistence !== persistence)
    useImportedStore.setState({ persistence });
}

async function save(sets: readonly ImportedSet[]): Promise<void> {
  if (!hasIndexedDb()) return;
  try {
    await put(STORAGE_KEY, sets);
    setPersistence('saved');
  } catch {
    setPersistence('unavailable');
  }
}

/** Reads the stored imports once; sets added meanwhile are kept after the stored ones. */
async function load(): Promise<void> {
  if (!hasIndexedDb()) {
    useImportedStore.setState({ persistence: 'unavailable' });
    return;
  }
  try {
    const stored: unknown = await get(STORAGE_KEY);
    const list = Array.isArray(stored) ? stored : [];
    const valid = list.flatMap((entry) => {
      const parsed = importedSetSchema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    });
    useImportedStore.setState((state) => ({
      sets: [...valid, ...state.sets.filter((s) => !valid.some((v) => v.id === s.id))],
      persistence: 'saved',
    }));
  } catch {
    useImportedStore.setState({ persistence: 'unavailable' });
  }
}

let loading: Promise<void> | undefined;

/** Starts reading the stored imports (once per page); resolves when they are in the store. */
export function loadImportedSets(): Promise<void> {
  loading ??= load();
  return loading;
}

export function addImportedSet(entry: Omit<ImportedSet, 'id' | 'importedAt'>): ImportedSet {
  const created: ImportedSet = {
    ...entry,
    id: `import-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    importedAt: new Date().toISOString(),
  };
  const sets = [...useImportedStore.getState().sets, created];
  useImportedStore.setState({ sets });
  void save(sets);
  return created;
}

export function removeImportedSet(id: string): void {
  const sets = useImportedStore.getState().sets.filter((s) => s.id !== id);
  useImportedStore.setState({ sets });
  void save(sets);
}

const EMPTY: ImportedSet[] = [];

/** The imports for one indicator, in the order they were added. */
export function useImportedSets(indicatorId: string | undefined): ImportedSet[] {
  const sets = useImportedStore((state) => state.sets);
  if (indicatorId === undefined) return EMPTY;
  return sets.filter((s) => s.indicatorId === indicatorId);
}

export function useImportPersistence(): Persistence {
  return useImportedStore((state) => state.persistence);
}

/** The comparison model's view of a stored set. */
export function toImportedSource(set: ImportedSet): ImportedSource {
  return {
    id: set.id,
    fileName: set.fileName,
    title: set.title,
    unit: set.unit,
    polarity: set.polarity,
    figures: set.figures,
  };
}

/** What the store holds now, for tests that check it survives a reload. */
export function importedStateForTests(): ImportedState {
  return useImportedStore.getState();
}

/** Tests start from an empty store and an empty IndexedDB. */
export async function clearImportedFigures(): Promise<void> {
  useImportedStore.setState({ sets: [], persistence: 'loading' });
  loading = undefined;
  if (hasIndexedDb()) await del(STORAGE_KEY);
}

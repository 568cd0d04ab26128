/**
 * Figures the user imported from benchmarking files. UI state for this browser tab only: not
 * server data (never sent anywhere, never mixed into the dataset) and too big for the URL.
 */
import { create } from 'zustand';
import type { ImportedFigure } from './csv-import';

export interface ImportedSet {
  id: string;
  fileName: string;
  indicatorId: string;
  figures: ImportedFigure[];
}

interface ImportedState {
  sets: ImportedSet[];
  add: (set: Omit<ImportedSet, 'id'>) => void;
  remove: (id: string) => void;
}

let counter = 0;

const useImportedStore = create<ImportedState>()((set) => ({
  sets: [],
  add: (entry) => {
    counter += 1;
    set((state) => ({ sets: [...state.sets, { ...entry, id: `import-${counter}` }] }));
  },
  remove: (id) => {
    set((state) => ({ sets: state.sets.filter((s) => s.id !== id) }));
  },
}));

const EMPTY: ImportedSet[] = [];

/** The imports for one indicator, in the order they were added. */
export function useImportedSets(indicatorId: string | undefined): ImportedSet[] {
  const sets = useImportedStore((state) => state.sets);
  if (indicatorId === undefined) return EMPTY;
  return sets.filter((s) => s.indicatorId === indicatorId);
}

export function useImportActions() {
  const add = useImportedStore((state) => state.add);
  const remove = useImportedStore((state) => state.remove);
  return { add, remove };
}

/** Tests start from an empty store. */
export function clearImportedFigures(): void {
  useImportedStore.setState({ sets: [] });
}

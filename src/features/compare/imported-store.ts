/**
 * Figures the user imported from benchmarking files, never mixed into the dataset. Where the
 * server keeps imports (it answers /api/benchmark-imports), they are kept there for everyone who
 * signs in; otherwise (the static publication, no server) in this browser's IndexedDB. The client
 * asks once per page which it is (ADR 0053); the static publication has no server to ask, so
 * it does not load the API client for that. What comes back from either is validated like any
 * other input: a stored set that no longer fits the shape is dropped, and the rest are kept.
 */
import { create } from 'zustand';
import type { BenchmarkImportsResponse, FigureColumns, ImportedSet } from '@/data/api/contract';
import { transportKind, withApiClient } from '@/data/api/client';
import type { ImportedSource } from './comparison-model';
import { loadRegister } from './register-region';
import {
  hasIndexedDb,
  hasStoredImports,
  metaOf,
  removeStoredImport,
  type ImportMeta,
} from './import/keep-import';

// Reading the imports kept in this browser checks them with the contract's schemas: that code
// loads only when there is something to read or keep, not with the page (ADR 0087).
const browserImports = () => import('./browser-imports');

export type { ImportedSet };

/**
 * Where imports are kept: on the server ('server', or 'server-signed-out' when nobody is signed
 * in and so nothing new can be kept), in this browser ('saved'), or nowhere ('unavailable').
 */
type Persistence = 'loading' | 'saved' | 'server' | 'server-signed-out' | 'unavailable';

interface ImportedState {
  sets: ImportedSet[];
  persistence: Persistence;
  /** The last thing that went wrong keeping or removing an import, in words. */
  problem: string | null;
}

const useImportedStore = create<ImportedState>()(() => ({
  sets: [],
  persistence: 'loading',
  problem: null,
}));

const isServer = (persistence: Persistence) =>
  persistence === 'server' || persistence === 'server-signed-out';

const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : 'The server could not be reached.';

function setPersistence(persistence: Persistence): void {
  if (useImportedStore.getState().persistence !== persistence)
    useImportedStore.setState({ persistence });
}

/** Keeps one import in this browser: `keep` when another (the import worker) writes it. */
async function keepInBrowser(
  set: ImportedSet,
  browser?: { columns: FigureColumns; keep: (meta: ImportMeta) => Promise<void> },
) {
  if (!hasIndexedDb()) return;
  const writeHere = async () => {
    const { putImportedSet, rememberColumns } = await browserImports();
    if (browser) rememberColumns(set, browser.columns);
    await putImportedSet(set);
  };
  try {
    const meta = metaOf(set);
    // Written by the page itself when there is no worker to do it, or the worker could not.
    await (browser ? browser.keep(meta).catch(writeHere) : writeHere());
    setPersistence('saved');
  } catch {
    setPersistence('unavailable');
  }
}

async function mergeLoaded(valid: ImportedSet[], persistence: Persistence): Promise<void> {
  // A set can be chosen as the group, whose view needs the register's regions (loaded on demand).
  if (valid.length > 0) await loadRegister();
  useImportedStore.setState((state) => ({
    sets: [...valid, ...state.sets.filter((s) => !valid.some((v) => v.id === s.id))],
    persistence,
  }));
}

/**
 * The server's answer: given by the page when it has it (the compare page's query, drawn by the
 * server with the page), otherwise asked here. False means it keeps no imports, so this browser does.
 */
async function loadFromServer(given: ServerImports | undefined): Promise<boolean> {
  if (given === undefined && transportKind() === 'static') return false;
  let answer;
  try {
    answer = given ?? (await withApiClient((api) => api.benchmarkImports()));
  } catch (error) {
    useImportedStore.setState({ problem: messageOf(error) });
    return false;
  }
  if (answer === null) return false;
  await mergeLoaded(answer.imports, answer.mayAdd ? 'server' : 'server-signed-out');
  return true;
}

/** Reads the stored imports once; sets added meanwhile are kept after the stored ones. */
async function load(given: ServerImports | undefined): Promise<void> {
  if (await loadFromServer(given)) return;
  if (!hasIndexedDb()) {
    useImportedStore.setState({ persistence: 'unavailable' });
    return;
  }
  try {
    const stored = (await hasStoredImports())
      ? await (await browserImports()).readStoredImports()
      : [];
    await mergeLoaded(stored, 'saved');
  } catch {
    useImportedStore.setState({ persistence: 'unavailable' });
  }
}

let loading: Promise<void> | undefined;

/** What a server answered about its imports: its list, or null when it keeps none. */
export type ServerImports = BenchmarkImportsResponse | null;

/**
 * Starts reading the stored imports (once per page); resolves when they are in the store.
 * `fromServer`: the server's answer when the page already has it; left out, it is asked here.
 */
export function loadImportedSets(fromServer?: ServerImports): Promise<void> {
  // Signed out of a server that keeps imports: ask again, the person may have signed in since.
  if (useImportedStore.getState().persistence === 'server-signed-out') loading = undefined;
  loading ??= load(fromServer);
  return loading;
}

type NewImport = Omit<ImportedSet, 'id' | 'importedAt' | 'importedBy' | 'mayRemove'>;

/** The set shows at once under its own id; the server keeps it under the same id, so a group chosen from it stays chosen. */
async function keepOnServer(local: ImportedSet, entry: NewImport): Promise<void> {
  try {
    const kept = await withApiClient((api) => api.addBenchmarkImport({ ...entry, id: local.id }));
    useImportedStore.setState((state) => ({
      sets: state.sets.map((s) => (s.id === local.id ? kept : s)),
    }));
  } catch (error) {
    useImportedStore.setState({
      problem: `${messageOf(error)} ${local.fileName} is shown until the page is reloaded, but not kept.`,
    });
  }
}

/**
 * Call after `loadRegister()` (use-benchmark-import does): the set can be chosen as the group at once.
 * `browser`, when the figures came from the import worker: their columns (so they are never
 * converted again) and `keep`, which has the worker write them to IndexedDB itself.
 */
export function addImportedSet(
  entry: NewImport,
  browser?: { columns: FigureColumns; keep: (meta: ImportMeta) => Promise<void> },
): ImportedSet {
  const created: ImportedSet = {
    ...entry,
    id: `import-${crypto.randomUUID()}`,
    importedAt: new Date().toISOString(),
    mayRemove: true,
  };
  const sets = [...useImportedStore.getState().sets, created];
  const { persistence } = useImportedStore.getState();
  useImportedStore.setState({ sets, problem: null });
  if (persistence === 'server') void keepOnServer(created, entry);
  else if (persistence === 'server-signed-out')
    useImportedStore.setState({
      problem: `Sign in to keep ${entry.fileName}: it is shown until the page is reloaded.`,
    });
  else void keepInBrowser(created, browser);
  return created;
}

export async function removeImportedSet(id: string): Promise<void> {
  const { persistence, sets } = useImportedStore.getState();
  const removed = sets.find((s) => s.id === id);
  // A set the server gave an importer is the server's to remove; one it never kept is only here.
  if (isServer(persistence) && removed?.importedBy) {
    try {
      await withApiClient((api) => api.removeBenchmarkImport(id));
    } catch (error) {
      useImportedStore.setState({ problem: messageOf(error) });
      return;
    }
  }
  const rest = useImportedStore.getState().sets.filter((s) => s.id !== id);
  useImportedStore.setState({ sets: rest, problem: null });
  if (!isServer(persistence) && hasIndexedDb()) {
    try {
      await removeStoredImport(id);
    } catch {
      setPersistence('unavailable');
    }
  }
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

export function useImportProblem(): string | null {
  return useImportedStore((state) => state.problem);
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
  useImportedStore.setState({ sets: [], persistence: 'loading', problem: null });
  loading = undefined;
  if (hasIndexedDb()) await (await browserImports()).clearStoredImports();
}

import { expect, test, vi } from 'vitest';
import type * as ImportedStore from './imported-store';
import type { ImportedSet } from './imported-store';

type Store = typeof ImportedStore;

/** Each attempt reloads the modules, and stored sets now bring the register of authorities too. */
const reloaded = { timeout: 10_000 };

/** A fresh copy of the module, as after a page reload: only IndexedDB remembers anything. */
async function reloadPage(): Promise<Store> {
  vi.resetModules();
  return import('./imported-store');
}

const entry: Omit<ImportedSet, 'id' | 'importedAt'> = {
  fileName: 'pm25.csv',
  indicatorId: 'ind-1',
  title: 'Air pollution',
  polarity: 'lower-is-better',
  unit: { type: 'percent' },
  figures: [
    {
      areaId: 'kent',
      name: 'Kent',
      areaType: 'county',
      isReference: false,
      period: '2019',
      value: 5.5,
      printed: '5.5',
      row: 4,
    },
  ],
};

test('an import survives a reload, and a removed one stays removed', async () => {
  let store = await reloadPage();
  await store.clearImportedFigures();
  await store.loadImportedSets();
  const added = store.addImportedSet(entry);
  await vi.waitFor(async () => {
    store = await reloadPage();
    await store.loadImportedSets();
    const sets = store.importedStateForTests().sets;
    expect(sets.map((s) => [s.id, s.fileName, s.figures.length])).toEqual([
      [added.id, 'pm25.csv', 1],
    ]);
  }, reloaded);

  await store.removeImportedSet(added.id);
  await vi.waitFor(async () => {
    store = await reloadPage();
    await store.loadImportedSets();
    expect(store.importedStateForTests().sets).toEqual([]);
  }, reloaded);
});

test('a stored set that no longer fits the shape is dropped and the others kept', async () => {
  const { set } = await import('idb-keyval');
  const store = await reloadPage();
  await store.clearImportedFigures();
  await set('ragstone:imported-benchmarks:v1', [
    { id: 'broken', fileName: 'x.csv' },
    { ...entry, id: 'good', importedAt: '2026-12-06T00:00:00Z' },
  ]);
  const fresh = await reloadPage();
  await fresh.loadImportedSets();
  expect(fresh.importedStateForTests().sets.map((s) => s.id)).toEqual(['good']);
});

test('an import kept before figures were stored as columns is read, and kept as columns from then on', async () => {
  const { get, set } = await import('idb-keyval');
  const store = await reloadPage();
  await store.clearImportedFigures();
  await set('ragstone:imported-benchmarks:v1', [
    { ...entry, id: 'old', importedAt: '2026-12-06T00:00:00Z' },
  ]);
  let fresh = await reloadPage();
  await fresh.loadImportedSets();
  expect(await get('ragstone:imported-benchmarks:v1')).toBeUndefined();
  fresh = await reloadPage();
  await fresh.loadImportedSets();
  expect(fresh.importedStateForTests().sets.map((s) => [s.id, s.figures])).toEqual([
    ['old', entry.figures],
  ]);
});

test('a stored set whose columns do not fit together is dropped and the others kept', async () => {
  const { get, keys, set } = await import('idb-keyval');
  let store = await reloadPage();
  await store.clearImportedFigures();
  await store.loadImportedSets();
  const added = store.addImportedSet(entry);
  const key = `ragstone:imported-benchmarks:v2:${added.id}`;
  await vi.waitFor(async () => {
    expect(await keys()).toContain(key);
  }, reloaded);
  const stored = (await get(key)) as { columns: { areaId: Uint32Array } };
  const broken = structuredClone(stored);
  broken.columns.areaId = Uint32Array.of(99);
  await set('ragstone:imported-benchmarks:v2:import-broken', { ...broken, id: 'import-broken' });
  store = await reloadPage();
  await store.loadImportedSets();
  expect(store.importedStateForTests().sets.map((s) => [s.id, s.figures])).toEqual([
    [added.id, entry.figures],
  ]);
});

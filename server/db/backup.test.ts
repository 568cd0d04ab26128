// @vitest-environment node
/** Backup then restore gives identical data, on PGlite or on PostgreSQL (RAGSTONE_TEST_DATABASE_URL). */
import { createService, startService } from '../service';
import { FIXTURE_DATASET, openTestDatabase, type TestDatabase } from '../testing/test-database';
import { restoreBackup, takeBackup, RestoreError } from './backup';

const writer = { actor: { id: 'u1', name: 'Pat Jones' }, ifMatch: undefined };
let source: TestDatabase;
let target: TestDatabase;

beforeAll(async () => {
  [source, target] = await Promise.all([openTestDatabase(), openTestDatabase()]);
});

afterAll(async () => {
  await Promise.all([source.drop(), target.drop()]);
});

test('a backup restored into an empty database gives identical data, history and answers', async () => {
  const service = await startService(source.handle, { datasets: [FIXTURE_DATASET] });
  await service.recordFigure(
    'fx-green',
    { period: '2012-06', value: 70, commentary: 'Vacancies.' },
    writer,
  );
  await service.recordFigure(
    'fx-green',
    { period: '2012-06', value: 75, reason: 'Revised return' },
    { ...writer, ifMatch: 1 },
  );
  const backup = takeBackup(source.handle, new Date('2026-12-06T00:00:00Z'));
  const taken = await backup;
  expect(taken.tables.change_history).toHaveLength(3);

  // Through JSON, as the file on disk holds it.
  const { rows } = await restoreBackup(target.handle, JSON.parse(JSON.stringify(taken)));
  expect(rows).toBeGreaterThan(0);
  expect(await takeBackup(target.handle, new Date('2026-12-06T00:00:00Z'))).toEqual(taken);

  const restored = await createService(target.handle);
  expect(restored.engine().history('fx-green')).toEqual(service.engine().history('fx-green'));
  expect(restored.engine().indicatorDetail('fx-green')).toEqual(
    service.engine().indicatorDetail('fx-green'),
  );
  // New ids carry on after the restored ones.
  const next = await restored.recordFigure('fx-green', { period: '2012-07', value: 80 }, writer);
  expect(next.ok && next.body.change.id).toBe(4);
});

test('restore refuses a database that already has data, and a file that is not a backup', async () => {
  const taken = await takeBackup(source.handle);
  await expect(restoreBackup(source.handle, taken)).rejects.toThrow(/needs an empty database/);
  await expect(restoreBackup(source.handle, { tables: {} })).rejects.toBeInstanceOf(RestoreError);
});

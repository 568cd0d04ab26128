/**
 * Loads a dataset folder into an empty database, through the same record-by-record validation as
 * `npm run data:check` (server/engine/dataset-folder.ts). One transaction: a crash mid-import
 * leaves the database empty, so the next start imports again rather than keeping half a dataset.
 */
import type { DataProblem, Dataset } from '@/data/contract/assemble-dataset';
import { formatProblem } from '@/data/contract/assemble-dataset';
import { readDatasetFolder } from '../engine/dataset-folder';
import type { AppDatabase, DbHandle } from './connect';
import * as tables from './schema';

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters for every table here. */
const BATCH = 500;

async function insertAll<Row extends Record<string, unknown>>(
  rows: readonly Row[],
  insert: (batch: Row[]) => Promise<unknown>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    await insert(rows.slice(start, start + BATCH));
  }
}

const withPositions = (records: readonly { id: string }[]) =>
  records.map((record, position): { position: number; id: string; record: unknown } => ({
    position,
    id: record.id,
    record,
  }));

export async function isEmpty(handle: DbHandle): Promise<boolean> {
  const rows = await handle.db
    .select({ id: tables.datasetInfo.id })
    .from(tables.datasetInfo)
    .limit(1);
  return rows.length === 0;
}

export async function storeDataset(
  db: AppDatabase,
  dataset: Dataset,
  problems: readonly DataProblem[],
  source: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(tables.datasetInfo)
      .values({ id: 1, manifest: dataset.manifest, problems: [...problems], source });
    const sections = [
      [tables.areas, withPositions(dataset.areas)],
      [tables.comparatorGroups, withPositions(dataset.groups)],
      [tables.structures, withPositions(dataset.structures)],
      [tables.indicators, withPositions(dataset.indicators)],
      [tables.qualityNotes, withPositions(dataset.notes)],
      [tables.comparisonTables, withPositions(dataset.comparisonTables)],
    ] as const;
    for (const [table, rows] of sections) {
      await insertAll(rows, (batch) => tx.insert(table).values(batch));
    }
    await insertAll(
      dataset.observations.map((o) => ({
        indicatorId: o.indicatorId,
        area: o.area,
        period: o.period,
        basis: o.basis,
        measure: o.measure,
        record: o,
      })),
      (batch) => tx.insert(tables.observations).values(batch),
    );
    await insertAll(
      dataset.commentary.map((c) => ({
        indicatorId: c.indicatorId,
        area: c.area,
        period: c.period,
        record: c,
      })),
      (batch) => tx.insert(tables.commentary).values(batch),
    );
  });
}

/** Reads and checks a dataset folder and stores it; throws naming the first problem if it can't load. */
export async function seedFromFolder(handle: DbHandle, folder: string): Promise<Dataset> {
  const { dir, dataset, problems } = readDatasetFolder(folder);
  if (!dataset) {
    const first = problems[0];
    throw new Error(
      `The dataset in ${dir} could not be loaded${first ? `: ${formatProblem(first)}` : ''}.`,
    );
  }
  await storeDataset(handle.db, dataset, problems, dir);
  return dataset;
}

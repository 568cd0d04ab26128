/**
 * Builds the engine's inputs from the database: the dataset, its load problems and the ledger of
 * changes. Every row is checked with the same zod schemas that admitted it, so a row edited by
 * hand into a wrong shape is a clear error naming the table and row, not a broken page.
 */
import { asc } from 'drizzle-orm';
import { z } from 'zod';
import {
  actorSchema,
  changeEntrySchema,
  type ChangeEntry,
  type ProfileChange,
} from '@/data/api/contract';
import type { DataProblem, Dataset } from '@/data/contract/assemble-dataset';
import {
  areaSchema,
  figureBasisSchema,
  commentarySchema,
  comparatorGroupSchema,
  comparisonTableSchema,
  indicatorSchema,
  manifestSchema,
  measureSchema,
  observationSchema,
  qualityNoteSchema,
  structureSchema,
} from '@/data/contract/dataset-schema';
import { slotKey } from '@server/engine/figure-index';
import type { LedgerSnapshot } from '@server/engine/ledger';
import type { AppDatabase } from './connect';
import { readProfileChanges } from './profile-writes';
import * as tables from './schema';

export class StoredRowError extends Error {}

function check<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  throw new StoredRowError(
    `${where} is not a valid record: ${issue ? `${issue.path.join('.') || 'the record'}: ${issue.message}` : 'unknown problem'}`,
  );
}

const problemsSchema = z.array(
  z.object({
    file: z.string(),
    path: z.string(),
    message: z.string(),
    severity: z.enum(['error', 'warning']),
  }),
);

export interface StoredData {
  dataset: Dataset;
  problems: DataProblem[];
  ledger: LedgerSnapshot;
  /** The monthly profiles administrators set, oldest first. */
  profiles: ProfileChange[];
}

export async function readStoredData(db: AppDatabase): Promise<StoredData | null> {
  const [info] = await db.select().from(tables.datasetInfo);
  if (!info) return null;
  const section = async <S extends z.ZodType>(
    table: typeof tables.areas,
    name: string,
    schema: S,
  ): Promise<z.output<S>[]> => {
    const rows = await db.select().from(table).orderBy(asc(table.position));
    return rows.map((row) => check(schema, row.record, `${name} row ${row.id}`));
  };
  const [areas, groups, structures, indicators, notes, comparisonTables] = await Promise.all([
    section(tables.areas, 'areas', areaSchema),
    section(tables.comparatorGroups, 'comparator_groups', comparatorGroupSchema),
    section(tables.structures, 'structures', structureSchema),
    section(tables.indicators, 'indicators', indicatorSchema),
    section(tables.qualityNotes, 'quality_notes', qualityNoteSchema),
    section(tables.comparisonTables, 'comparison_tables', comparisonTableSchema),
  ]);
  const observationRows = await db
    .select({ id: tables.observations.id, record: tables.observations.record })
    .from(tables.observations)
    .orderBy(asc(tables.observations.id));
  const commentaryRows = await db
    .select({ id: tables.commentary.id, record: tables.commentary.record })
    .from(tables.commentary)
    .orderBy(asc(tables.commentary.id));
  const dataset: Dataset = {
    manifest: check(manifestSchema, info.manifest, 'dataset_info manifest'),
    areas,
    groups,
    structures,
    indicators,
    observations: observationRows.map((row) =>
      check(observationSchema, row.record, `observations row ${row.id}`),
    ),
    commentary: commentaryRows.map((row) =>
      check(commentarySchema, row.record, `commentary row ${row.id}`),
    ),
    notes,
    comparisonTables,
  };
  return {
    dataset,
    problems: check(problemsSchema, info.problems, 'dataset_info problems'),
    ledger: await readLedger(db),
    profiles: await readProfileChanges(db),
  };
}

type HistoryRow = typeof tables.changeHistory.$inferSelect;

export function toChangeEntry(row: HistoryRow): ChangeEntry {
  return check(
    changeEntrySchema,
    {
      id: row.id,
      indicatorId: row.indicatorId,
      area: row.area,
      period: row.period,
      basis: row.basis,
      subject: row.subject,
      version: row.version,
      before: row.beforeValue,
      after: row.afterValue,
      ...(row.text === null ? {} : { text: row.text }),
      reason: row.reason,
      actor: check(
        actorSchema,
        { id: row.actorId, name: row.actorName },
        `change_history row ${row.id} actor`,
      ),
      at: new Date(row.changedAt).toISOString(),
    },
    `change_history row ${row.id}`,
  );
}

async function readLedger(db: AppDatabase): Promise<LedgerSnapshot> {
  const history = (
    await db.select().from(tables.changeHistory).orderBy(asc(tables.changeHistory.id))
  ).map(toChangeEntry);
  const versions = new Map(
    (await db.select().from(tables.figureSlots)).map((slot) => [
      slotKey({
        indicatorId: slot.indicatorId,
        area: slot.area,
        period: slot.period,
        basis: check(figureBasisSchema, slot.basis, 'figure_slots basis'),
        measure: check(measureSchema, slot.measure, 'figure_slots measure'),
      }),
      slot.version,
    ]),
  );
  return { history, versions };
}

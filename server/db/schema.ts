/**
 * The Drizzle mirror of server/db/migrations/*.sql, for typed queries. The SQL files are the
 * truth (they create the tables); server/db/schema.test.ts checks the two agree.
 */
import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core';
import { actorColumns, figureAddress, instantText, serialId } from './columns';

export const schemaMigrations = pgTable('schema_migrations', {
  version: text('version').primaryKey(),
  appliedAt: instantText('applied_at').notNull().defaultNow(),
});

export const datasetInfo = pgTable('dataset_info', {
  id: integer('id').primaryKey(),
  manifest: jsonb('manifest').$type<unknown>().notNull(),
  problems: jsonb('problems').$type<unknown>().notNull(),
  source: text('source').notNull(),
  loadedAt: instantText('loaded_at').notNull().defaultNow(),
});

/** A dataset section whose records have an id and keep their order. */
const recordTable = (name: string) =>
  pgTable(name, {
    position: integer('position').notNull(),
    id: text('id').primaryKey(),
    record: jsonb('record').$type<unknown>().notNull(),
  });

export const areas = recordTable('areas');
export const comparatorGroups = recordTable('comparator_groups');
export const structures = recordTable('structures');
export const indicators = recordTable('indicators');
export const qualityNotes = recordTable('quality_notes');
export const comparisonTables = recordTable('comparison_tables');

export const observations = pgTable(
  'observations',
  {
    id: serialId(),
    indicatorId: text('indicator_id')
      .notNull()
      .references(() => indicators.id),
    area: text('area').notNull(),
    period: text('period').notNull(),
    basis: text('basis').notNull(),
    measure: text('measure').notNull(),
    record: jsonb('record').$type<unknown>().notNull(),
  },
  (table) => [
    index('observations_slot').on(
      table.indicatorId,
      table.area,
      table.period,
      table.basis,
      table.measure,
    ),
  ],
);

export const commentary = pgTable('commentary', {
  id: serialId(),
  indicatorId: text('indicator_id')
    .notNull()
    .references(() => indicators.id),
  area: text('area').notNull(),
  period: text('period').notNull(),
  record: jsonb('record').$type<unknown>().notNull(),
});

export const figureSlots = pgTable(
  'figure_slots',
  {
    ...figureAddress(),
    basis: text('basis').notNull(),
    measure: text('measure').notNull(),
    version: integer('version').notNull(),
  },
  (table) => [
    primaryKey({
      columns: [table.indicatorId, table.area, table.period, table.basis, table.measure],
    }),
  ],
);

export const changeHistory = pgTable('change_history', {
  id: serialId(),
  ...figureAddress(),
  basis: text('basis').notNull(),
  subject: text('subject').notNull(),
  version: integer('version').notNull(),
  beforeValue: doublePrecision('before_value'),
  afterValue: doublePrecision('after_value'),
  text: text('text'),
  replaced: jsonb('replaced').$type<unknown>().notNull(),
  reason: text('reason').notNull(),
  ...actorColumns(),
  changedAt: instantText('changed_at').notNull().defaultNow(),
});

/** Monthly profiles administrators set: rows only added, the highest version per year in force. */
export const targetProfiles = pgTable('target_profiles', {
  id: serialId(),
  indicatorId: text('indicator_id').notNull(),
  year: text('year').notNull(),
  version: integer('version').notNull(),
  shares: jsonb('shares').$type<unknown>().notNull(),
  reason: text('reason').notNull(),
  ...actorColumns(),
  setAt: instantText('set_at').notNull().defaultNow(),
});

/** Every table a backup holds, parents before children (restore inserts in this order). */
export const dataTables = {
  dataset_info: datasetInfo,
  areas,
  comparator_groups: comparatorGroups,
  structures,
  indicators,
  quality_notes: qualityNotes,
  comparison_tables: comparisonTables,
  observations,
  commentary,
  figure_slots: figureSlots,
  change_history: changeHistory,
  target_profiles: targetProfiles,
} as const;

/**
 * The Drizzle mirror of server/db/migrations/0050_accounts.sql, 0051_returns.sql,
 * 0052_due_date_rules.sql, 0053_benchmark_imports.sql and 0058_return_batches.sql (the SQL is the
 * truth).
 */
import {
  boolean,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core';
import { actorColumns, figureAddress, instant, serialId } from '../db/columns';

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  passwordHash: text('password_hash'),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const roleGrants = pgTable(
  'role_grants',
  {
    userId: text('user_id').notNull(),
    role: text('role').notNull(),
    structureId: text('structure_id').notNull().default(''),
    nodeId: text('node_id').notNull().default(''),
  },
  (table) => [primaryKey({ columns: [table.userId, table.role, table.structureId, table.nodeId] })],
);

export const sessions = pgTable('sessions', {
  idHash: text('id_hash').primaryKey(),
  userId: text('user_id').notNull(),
  csrfHash: text('csrf_hash').notNull(),
  createdAt: instant('created_at').notNull().defaultNow(),
  lastSeenAt: instant('last_seen_at').notNull().defaultNow(),
  expiresAt: instant('expires_at').notNull(),
  revokedAt: instant('revoked_at'),
  address: text('address').notNull().default(''),
  userAgent: text('user_agent').notNull().default(''),
});

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').$type<unknown>().notNull(),
});

export const auditLog = pgTable('audit_log', {
  id: serialId(),
  at: instant('at').notNull().defaultNow(),
  ...actorColumns(),
  action: text('action').notNull(),
  subject: text('subject').notNull(),
  oldValue: jsonb('old_value').$type<unknown>(),
  newValue: jsonb('new_value').$type<unknown>(),
  reason: text('reason').notNull().default(''),
  address: text('address').notNull().default(''),
});

export const figureReturns = pgTable(
  'figure_returns',
  {
    ...figureAddress(),
    status: text('status').notNull(),
    value: doublePrecision('value'),
    commentary: text('commentary'),
    submittedBy: text('submitted_by'),
    returnReason: text('return_reason'),
    updatedBy: text('updated_by').notNull(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    version: integer('version').notNull(),
    batchId: text('batch_id'),
  },
  (table) => [primaryKey({ columns: [table.indicatorId, table.area, table.period] })],
);

export const returnBatches = pgTable('return_batches', {
  id: text('id').primaryKey(),
  fileName: text('file_name').notNull(),
  mode: text('mode').notNull(),
  createdById: text('created_by_id').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: instant('created_at').notNull().defaultNow(),
  undoneAt: instant('undone_at'),
  undoneBy: text('undone_by'),
});

export const returnBatchEntries = pgTable('return_batch_entries', {
  id: serialId(),
  batchId: text('batch_id').notNull(),
  kind: text('kind').notNull(),
  indicatorId: text('indicator_id').notNull(),
  area: text('area').notNull().default(''),
  period: text('period').notNull().default(''),
  before: jsonb('before').$type<unknown>(),
  after: jsonb('after').$type<unknown>().notNull(),
  writtenVersion: integer('written_version'),
});

export const definitionHistory = pgTable('definition_history', {
  id: serialId(),
  indicatorId: text('indicator_id').notNull(),
  before: jsonb('before').$type<unknown>().notNull(),
  after: jsonb('after').$type<unknown>().notNull(),
  reason: text('reason').notNull(),
  batchId: text('batch_id'),
  ...actorColumns(),
  changedAt: instant('changed_at').notNull().defaultNow(),
});

export const benchmarkImports = pgTable('benchmark_imports', {
  id: text('id').primaryKey(),
  indicatorId: text('indicator_id').notNull(),
  fileName: text('file_name').notNull(),
  title: text('title'),
  unitText: text('unit_text'),
  unit: jsonb('unit').$type<unknown>(),
  polarity: text('polarity').notNull(),
  figures: jsonb('figures').$type<unknown>().notNull(),
  figureCount: integer('figure_count').notNull(),
  importedBy: text('imported_by').notNull(),
  importedByName: text('imported_by_name').notNull(),
  importedAt: instant('imported_at').notNull().defaultNow(),
  removedBy: text('removed_by'),
  removedAt: instant('removed_at'),
});

export const dueDateRules = pgTable('due_date_rules', {
  id: serialId(),
  indicatorId: text('indicator_id').notNull(),
  kind: text('kind'),
  days: integer('days'),
  reason: text('reason').notNull().default(''),
  ...actorColumns(),
  setAt: instant('set_at').notNull().defaultNow(),
});

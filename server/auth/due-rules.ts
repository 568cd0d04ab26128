/**
 * Due-date rules administrators set, kept as history (server/db/migrations/0052_due_date_rules.sql):
 * the newest row for an indicator is in force; a row with no rule means "back to the default".
 */
import { asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { dueDateRuleSchema } from '@/data/api/contract';
import type { DueDateRule } from '@/domain/due-dates';
import type { AccountsDatabase } from './db';
import { dueDateRules } from './schema';

const storedRuleSchema = z
  .object({ kind: z.string().nullable(), days: z.number().nullable() })
  .transform((row): DueDateRule | null =>
    row.kind === null || row.days === null ? null : dueDateRuleSchema.parse(row),
  );

export interface DueRuleChange {
  rule: DueDateRule | null;
  reason: string;
  actorName: string;
  at: string;
}

/** Every indicator's rule in force (only those an administrator has touched). */
export async function dueRulesInForce(
  db: AccountsDatabase,
): Promise<ReadonlyMap<string, DueDateRule | null>> {
  const rows = await db.select().from(dueDateRules).orderBy(asc(dueDateRules.id));
  const rules = new Map<string, DueDateRule | null>();
  for (const row of rows) rules.set(row.indicatorId, storedRuleSchema.parse(row));
  return rules;
}

/** Newest first. */
export async function dueRuleHistory(
  db: AccountsDatabase,
  indicatorId: string,
): Promise<DueRuleChange[]> {
  const rows = await db
    .select()
    .from(dueDateRules)
    .where(eq(dueDateRules.indicatorId, indicatorId))
    .orderBy(desc(dueDateRules.id));
  return rows.map((row) => ({
    rule: storedRuleSchema.parse(row),
    reason: row.reason,
    actorName: row.actorName,
    at: row.setAt.toISOString(),
  }));
}

export async function appendDueRule(
  db: Pick<AccountsDatabase, 'insert'>,
  change: {
    indicatorId: string;
    rule: DueDateRule | null;
    reason: string;
    actor: { id: string; name: string };
  },
): Promise<void> {
  await db.insert(dueDateRules).values({
    indicatorId: change.indicatorId,
    kind: change.rule?.kind ?? null,
    days: change.rule?.days ?? null,
    reason: change.reason,
    actorId: change.actor.id,
    actorName: change.actor.name,
  });
}

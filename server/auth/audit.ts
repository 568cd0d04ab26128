/**
 * The audit log: one row per change, never updated or deleted (the table's triggers refuse it,
 * and this module offers no way to try). Readable by administrators and exportable as CSV.
 */
import { and, desc, gte, ilike, lt, or, type SQL } from 'drizzle-orm';
import { auditFilterRules, type AuditFilter, type AuditFilterRules } from '../engine/audit-filter';
import type { AccountsDatabase } from './db';
import { auditLog } from './schema';

export interface AuditEntryInput {
  actor: { id: string; name: string };
  /** What happened, as a verb phrase id: 'figure.save', 'figure.submit', 'session.sign-in' … */
  action: string;
  /** What it happened to: 'cc2012-library-visits kent 2012-05', 'user ann@example.org' … */
  subject: string;
  old?: unknown;
  new?: unknown;
  reason?: string;
  address: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string;
  actorName: string;
  action: string;
  subject: string;
  oldValue: unknown;
  newValue: unknown;
  reason: string;
  address: string;
}

type Inserter = Pick<AccountsDatabase, 'insert'>;

/** Pass the transaction that makes the change, so the change and its record land together. */
export async function appendAudit(db: Inserter, entry: AuditEntryInput): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actor.id,
    actorName: entry.actor.name,
    action: entry.action,
    subject: entry.subject,
    oldValue: entry.old ?? null,
    newValue: entry.new ?? null,
    reason: entry.reason ?? '',
    address: entry.address,
  });
}

/** LIKE's own wildcards typed by a person are matched literally. */
const literal = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** The shared filter rules (server/engine/audit-filter.ts) as SQL. */
function filterWhere(rules: AuditFilterRules): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (rules.idBelow !== null) conditions.push(lt(auditLog.id, rules.idBelow));
  if (rules.actor !== null) {
    const actor = literal(rules.actor);
    conditions.push(or(ilike(auditLog.actorName, `%${actor}%`), ilike(auditLog.actorId, actor)));
  }
  if (rules.actionPrefix !== null) {
    conditions.push(ilike(auditLog.action, `${literal(rules.actionPrefix)}%`));
  }
  if (rules.atOrAfter !== null) conditions.push(gte(auditLog.at, rules.atOrAfter));
  if (rules.before !== null) conditions.push(lt(auditLog.at, rules.before));
  return conditions.length === 0 ? undefined : and(...conditions);
}

/** Newest first; `before` is the id of the last row of the previous page. */
export async function readAudit(
  db: AccountsDatabase,
  options: { limit?: number; before?: number; filter?: AuditFilter } = {},
): Promise<AuditEntry[]> {
  const limit = Math.min(Math.max(options.limit ?? 200, 1), 10_000);
  const rows = await db
    .select()
    .from(auditLog)
    .where(filterWhere(auditFilterRules(options.filter ?? {}, options.before)))
    .orderBy(desc(auditLog.id))
    .limit(limit);
  return rows.map((row) => ({
    ...row,
    at: row.at.toISOString(),
    oldValue: row.oldValue ?? null,
    newValue: row.newValue ?? null,
  }));
}

export { auditToCsv, csvCell } from '../engine/audit-csv';
export type { AuditFilter } from '../engine/audit-filter';

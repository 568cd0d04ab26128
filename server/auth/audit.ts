/**
 * The audit log: one row per change, never updated or deleted (the table's triggers refuse it,
 * and this module offers no way to try). Readable by administrators and exportable as CSV.
 */
import { and, desc, gte, ilike, lt, or, type SQL } from 'drizzle-orm';
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

export interface AuditFilter {
  /** Part of the person's name or their id. */
  actor?: string | undefined;
  /** An action id or its start: 'target' finds 'target.change'. */
  action?: string | undefined;
  /** ISO dates, inclusive, in UTC. */
  from?: string | undefined;
  to?: string | undefined;
}

/** LIKE's own wildcards typed by a person are matched literally. */
const literal = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

function filterWhere(filter: AuditFilter, before: number | undefined): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (before !== undefined) conditions.push(lt(auditLog.id, before));
  const actor = filter.actor?.trim();
  if (actor) {
    conditions.push(
      or(ilike(auditLog.actorName, `%${literal(actor)}%`), ilike(auditLog.actorId, literal(actor))),
    );
  }
  const action = filter.action?.trim();
  if (action) conditions.push(ilike(auditLog.action, `${literal(action)}%`));
  if (filter.from) conditions.push(gte(auditLog.at, new Date(`${filter.from}T00:00:00Z`)));
  if (filter.to) {
    const end = new Date(`${filter.to}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    conditions.push(lt(auditLog.at, end));
  }
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
    .where(filterWhere(options.filter ?? {}, options.before))
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

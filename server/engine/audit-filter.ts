/**
 * What the audit log's filters mean, once: the server turns these rules into SQL
 * (server/auth/audit.ts) and the mock service applies them to its in-memory log
 * (mocks/admin-handlers.ts), so both answer the same question the same way.
 */

export interface AuditFilter {
  /** Part of the person's name or their id. */
  actor?: string | undefined;
  /** An action id or its start: 'target' finds 'target.change'. */
  action?: string | undefined;
  /** ISO dates, inclusive, in UTC. */
  from?: string | undefined;
  to?: string | undefined;
}

/** The filter as conditions, each null when it does not apply. Text matches ignore case. */
export interface AuditFilterRules {
  /** The actor's name contains this, or their id is this. */
  actor: string | null;
  /** The action starts with this. */
  actionPrefix: string | null;
  /** At or after this instant (the start of `from`). */
  atOrAfter: Date | null;
  /** Before this instant (the start of the day after `to`). */
  before: Date | null;
  /** An id below this: the previous page ended here. */
  idBelow: number | null;
}

const startOfDay = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export function auditFilterRules(filter: AuditFilter, idBelow?: number): AuditFilterRules {
  let before: Date | null = null;
  if (filter.to) {
    before = startOfDay(filter.to);
    before.setUTCDate(before.getUTCDate() + 1);
  }
  return {
    actor: filter.actor?.trim() || null,
    actionPrefix: filter.action?.trim() || null,
    atOrAfter: filter.from ? startOfDay(filter.from) : null,
    before,
    idBelow: idBelow ?? null,
  };
}

export interface FilterableAuditEntry {
  id: number;
  at: string;
  actorId: string;
  actorName: string;
  action: string;
}

/** The rules over one entry: what the SQL asks of a row. */
export function auditEntryMatches(rules: AuditFilterRules, entry: FilterableAuditEntry): boolean {
  const at = Date.parse(entry.at);
  const actor = rules.actor?.toLowerCase();
  return (
    (actor === undefined ||
      entry.actorName.toLowerCase().includes(actor) ||
      entry.actorId.toLowerCase() === actor) &&
    (rules.actionPrefix === null ||
      entry.action.toLowerCase().startsWith(rules.actionPrefix.toLowerCase())) &&
    (rules.atOrAfter === null || at >= rules.atOrAfter.getTime()) &&
    (rules.before === null || at < rules.before.getTime()) &&
    (rules.idBelow === null || entry.id < rules.idBelow)
  );
}

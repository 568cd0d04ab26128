/** /admin/audit: the audit log a page at a time, and every row the filters select as CSV. */
import type { Context } from 'hono';
import { auditQuerySchema, auditResponseSchema } from '@/data/api/contract';
import { auditToCsv, readAudit } from './audit';
import { unprocessable } from './json-body';
import type { AuthDeps, AuthEnv } from './middleware';

/** Rows on one page of the audit screen. */
export const AUDIT_PAGE_SIZE = 50;

/** GET /admin/audit: one page, newest first, and where the next page starts (or null). */
export async function auditPageHandler(c: Context<AuthEnv>, deps: AuthDeps) {
  const query = auditQuerySchema.safeParse(c.req.query());
  if (!query.success) return unprocessable(c, query.error.issues[0]);
  const { before, ...filter } = query.data;
  const rows = await readAudit(deps.db, {
    limit: AUDIT_PAGE_SIZE + 1,
    filter,
    ...(before === undefined ? {} : { before }),
  });
  const entries = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = entries.at(-1);
  return c.json(
    auditResponseSchema.parse({
      entries,
      nextBefore: rows.length > AUDIT_PAGE_SIZE && last ? last.id : null,
    }),
  );
}

/** GET /admin/audit.csv */
export async function auditCsvHandler(c: Context<AuthEnv>, deps: AuthDeps) {
  const query = auditQuerySchema.safeParse(c.req.query());
  if (!query.success) return unprocessable(c, query.error.issues[0]);
  // Every row the filters select, not one page: `before` does not apply to the export.
  const { actor, action, from, to } = query.data;
  const csv = auditToCsv(
    await readAudit(deps.db, { limit: 10_000, filter: { actor, action, from, to } }),
  );
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', 'attachment; filename="ragstone-audit-log.csv"');
  return c.body(csv);
}

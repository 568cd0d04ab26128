/**
 * /admin/audit, /admin/audit.csv and /admin/settings for `npm run dev` and component tests,
 * through the same zod contract as the server; the audit filter is the server's own rule
 * (server/engine/audit-filter.ts via mocks/admin-helpers.ts). The 401/403 check is in front.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { auditQuerySchema, settingsSchema } from '@/data/api/contract';
import { auditToCsv } from '@server/engine/audit-csv';
import { audit, body, filteredAudit, invalid } from './admin-helpers';
import { adminState } from './admin-state';

const PAGE_SIZE = 50;

/** The audit query from the address, checked by the contract. */
const auditQuery = (request: Request) =>
  auditQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));

export function createAdminAuditHandlers(admin: string): HttpHandler[] {
  return [
    http.get(`${admin}/audit`, ({ request }) => {
      const query = auditQuery(request);
      if (!query.success) return invalid(query.error.issues[0]);
      const rows = filteredAudit(query.data, query.data.before);
      const entries = rows.slice(0, PAGE_SIZE);
      return HttpResponse.json({
        entries,
        nextBefore: rows.length > PAGE_SIZE ? (entries.at(-1)?.id ?? null) : null,
      });
    }),
    http.get(`${admin}/audit.csv`, ({ request }) => {
      const query = auditQuery(request);
      if (!query.success) return invalid(query.error.issues[0]);
      return new HttpResponse(auditToCsv(filteredAudit(query.data)), {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': 'attachment; filename="ragstone-audit-log.csv"',
        },
      });
    }),
    http.get(`${admin}/settings`, () => HttpResponse.json({ publicRead: adminState.publicRead })),
    http.put(`${admin}/settings`, async ({ request }) => {
      const parsed = settingsSchema.safeParse(await body(request));
      if (!parsed.success) return invalid(parsed.error.issues[0]);
      audit({
        action: 'settings.public-read',
        subject: 'settings',
        oldValue: { publicRead: adminState.publicRead },
        newValue: parsed.data,
        reason: '',
      });
      adminState.publicRead = parsed.data.publicRead;
      return HttpResponse.json(parsed.data);
    }),
  ];
}

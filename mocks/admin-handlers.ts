/**
 * /admin/* for `npm run dev` and component tests, through the same zod contract as the server
 * (server/auth/admin-routes.ts). One 401/403 check stands in front of every resource's handlers:
 * people (admin-people-handlers.ts), the audit log and settings (admin-audit-handlers.ts), and
 * each indicator's targets, profiles and due date (indicator-admin-handlers.ts). Their state
 * lives in memory (mocks/admin-state.ts).
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { isAdministrator } from '@/domain/roles';
import { createAdminAuditHandlers } from './admin-audit-handlers';
import { createAdminPeopleHandlers } from './admin-people-handlers';
import { createIndicatorAdminHandlers } from './indicator-admin-handlers';
import { currentMockPerson, refuseWrite } from './session-handlers';

/** 401 signed out, 403 without the administrator's grant (and, for writes, the CSRF check). */
function refuse(request: Request): Response | null {
  const person = currentMockPerson();
  if (!person) return HttpResponse.json({ error: 'Sign in to do this.' }, { status: 401 });
  if (request.method !== 'GET') {
    const refused = refuseWrite(request);
    if (refused) return refused;
  }
  if (!isAdministrator(person)) {
    return HttpResponse.json({ error: 'Only administrators can do this.' }, { status: 403 });
  }
  return null;
}

export function createAdminHandlers(base: string): HttpHandler[] {
  const admin = `${base}/admin`;
  return [
    http.all(`${admin}/*`, ({ request }) => refuse(request) ?? undefined),
    ...createAdminPeopleHandlers(admin),
    ...createAdminAuditHandlers(admin),
    ...createIndicatorAdminHandlers(admin),
  ];
}

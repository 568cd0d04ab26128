/**
 * /admin/* for `npm run dev` and component tests, through the same zod contract as the server
 * (server/auth/admin-routes.ts). People, settings and the audit log live in memory
 * (mocks/admin-state.ts); each indicator's targets, profiles and due date are answered by
 * mocks/indicator-admin-handlers.ts behind the same 401/403 check.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  auditQuerySchema,
  createPersonRequestSchema,
  replaceGrantsRequestSchema,
  revokeSessionsRequestSchema,
  setDisabledRequestSchema,
  settingsSchema,
} from '@/data/api/contract';
import { passwordProblem } from '@/domain/password-rules';
import { isAdministrator } from '@/domain/roles';
import { auditToCsv } from '@server/engine/audit-csv';
import { audit, body, filteredAudit, invalid } from './admin-helpers';
import { adminState } from './admin-state';
import { createIndicatorAdminHandlers } from './indicator-admin-handlers';
import { currentMockPerson, refuseWrite } from './session-handlers';

const PAGE_SIZE = 50;

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

const findPerson = (id: string) => adminState.people.find((p) => p.id === id);
const noPerson = () =>
  HttpResponse.json({ error: 'There is no such person.', field: 'id' }, { status: 404 });

export function createAdminHandlers(base: string): HttpHandler[] {
  const admin = `${base}/admin`;
  return [
    http.all(`${admin}/*`, ({ request }) => refuse(request) ?? undefined),
    http.get(`${admin}/people`, () => HttpResponse.json({ people: adminState.people })),
    http.post(`${admin}/people`, async ({ request }) => {
      const parsed = createPersonRequestSchema.safeParse(await body(request));
      if (!parsed.success) return invalid(parsed.error.issues[0]);
      const { email, name, password, grants } = parsed.data;
      const weak = password === undefined ? null : passwordProblem(password);
      if (weak) return HttpResponse.json({ error: weak, field: 'password' }, { status: 422 });
      if (adminState.people.some((p) => p.email.toLowerCase() === email.toLowerCase())) {
        return HttpResponse.json(
          { error: `${email} already has an account.`, field: 'email' },
          { status: 409 },
        );
      }
      const person = {
        id: `mock-${adminState.people.length + 1}`,
        email,
        name,
        grants,
        disabled: false,
      };
      adminState.people.push(person);
      audit({
        action: 'person.create',
        subject: `account ${email}`,
        oldValue: null,
        newValue: { name, grants, signsInWith: password === undefined ? 'proxy' : 'password' },
        reason: '',
      });
      return HttpResponse.json(person, { status: 201 });
    }),
    http.put(`${admin}/people/:id/grants`, async ({ request, params }) => {
      const parsed = replaceGrantsRequestSchema.safeParse(await body(request));
      if (!parsed.success) return invalid(parsed.error.issues[0]);
      const person = findPerson(String(params.id));
      if (!person) return noPerson();
      audit({
        action: 'person.grants',
        subject: `account ${person.email}`,
        oldValue: person.grants,
        newValue: parsed.data.grants,
        reason: parsed.data.reason,
      });
      person.grants = parsed.data.grants;
      return HttpResponse.json(person);
    }),
    http.put(`${admin}/people/:id/disabled`, async ({ request, params }) => {
      const parsed = setDisabledRequestSchema.safeParse(await body(request));
      if (!parsed.success) return invalid(parsed.error.issues[0]);
      const person = findPerson(String(params.id));
      if (!person) return noPerson();
      if (person.id === currentMockPerson()?.id && parsed.data.disabled) {
        return HttpResponse.json(
          { error: 'You cannot disable your own account.', field: 'id' },
          { status: 409 },
        );
      }
      audit({
        action: parsed.data.disabled ? 'person.disable' : 'person.enable',
        subject: `account ${person.email}`,
        oldValue: { disabled: person.disabled },
        newValue: { disabled: parsed.data.disabled },
        reason: parsed.data.reason,
      });
      person.disabled = parsed.data.disabled;
      return HttpResponse.json(person);
    }),
    http.post(`${admin}/people/:id/sign-out-everywhere`, async ({ request, params }) => {
      const parsed = revokeSessionsRequestSchema.safeParse((await body(request)) ?? {});
      if (!parsed.success) return invalid(parsed.error.issues[0]);
      const person = findPerson(String(params.id));
      if (!person) return noPerson();
      audit({
        action: 'person.sign-out-everywhere',
        subject: `account ${person.email}`,
        oldValue: null,
        newValue: { sessionsEnded: 1 },
        reason: parsed.data.reason,
      });
      return HttpResponse.json({ sessionsEnded: 1 });
    }),
    http.get(`${admin}/audit`, ({ request }) => {
      const query = auditQuerySchema.safeParse(
        Object.fromEntries(new URL(request.url).searchParams),
      );
      if (!query.success) return invalid(query.error.issues[0]);
      const rows = filteredAudit(query.data, query.data.before);
      const entries = rows.slice(0, PAGE_SIZE);
      return HttpResponse.json({
        entries,
        nextBefore: rows.length > PAGE_SIZE ? (entries.at(-1)?.id ?? null) : null,
      });
    }),
    http.get(`${admin}/audit.csv`, ({ request }) => {
      const query = auditQuerySchema.safeParse(
        Object.fromEntries(new URL(request.url).searchParams),
      );
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
    ...createIndicatorAdminHandlers(admin),
  ];
}

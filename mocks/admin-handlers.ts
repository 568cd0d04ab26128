/**
 * /admin/* for `npm run dev` and component tests, through the same zod contract as the server
 * (server/auth/admin-routes.ts, indicator-admin-routes.ts). Targets go through the mock engine's
 * own ledger and the domain's rules, as on the server; people, settings, due-date rules and the
 * audit log live in memory (mocks/admin-state.ts).
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  auditQuerySchema,
  createPersonRequestSchema,
  replaceGrantsRequestSchema,
  revokeSessionsRequestSchema,
  setDisabledRequestSchema,
  setDueRuleRequestSchema,
  setTargetRequestSchema,
  settingsSchema,
  type AuditEntryBody,
  type AuditQuery,
} from '@/data/api/contract';
import type { Indicator } from '@/data/contract/dataset-schema';
import { dueDateRuleFor } from '@/domain/due-dates';
import { passwordProblem } from '@/domain/password-rules';
import { formatPeriod } from '@/domain/periods';
import { isAdministrator } from '@/domain/roles';
import { targetChangeProblem } from '@/domain/target-changes';
import { auditToCsv } from '@server/engine/audit-csv';
import { auditEntryMatches, auditFilterRules } from '@server/engine/audit-filter';
import type { ApiEngine } from '@server/engine/engine';
import { indicatorSettings } from '@server/engine/indicator-settings';
import { adminState } from './admin-state';
import { getMockEngine } from './mock-engine';
import { markWritten } from './scenarios';
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

const invalid = (issue: { message: string; path: readonly PropertyKey[] } | undefined) =>
  HttpResponse.json(
    {
      error: issue?.message ?? 'The request was not understood.',
      field: String(issue?.path[0] ?? 'body'),
    },
    { status: 422 },
  );

const body = (request: Request): Promise<unknown> => request.json().catch(() => undefined);

function audit(entry: Omit<AuditEntryBody, 'id' | 'at' | 'actorId' | 'actorName' | 'address'>) {
  const actor = currentMockPerson();
  adminState.audit.push({
    id: adminState.audit.length + 1,
    at: new Date().toISOString(),
    actorId: actor?.id ?? '',
    actorName: actor?.name ?? '',
    address: '127.0.0.1',
    ...entry,
  });
}

/** The server's filter rules (server/engine/audit-filter.ts) over the in-memory log, newest first. */
function filteredAudit(query: AuditQuery, idBelow?: number): AuditEntryBody[] {
  const rules = auditFilterRules(query, idBelow);
  return [...adminState.audit].reverse().filter((entry) => auditEntryMatches(rules, entry));
}

function settingsFor(engine: ApiEngine, indicator: Indicator) {
  const history = adminState.dueRules.get(indicator.id) ?? [];
  return indicatorSettings(engine, indicator, {
    set: history.at(-1)?.rule,
    history: [...history].reverse().map((h) => h.entry),
  });
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
    http.get(`${admin}/indicators/:id`, async ({ params }) => {
      const engine = await getMockEngine();
      const indicator = engine.dataset.indicators.find((i) => i.id === params.id);
      if (!indicator)
        return HttpResponse.json(
          { error: `There is no indicator "${String(params.id)}".` },
          { status: 404 },
        );
      return HttpResponse.json(settingsFor(engine, indicator));
    }),
    http.put(`${admin}/indicators/:id/targets`, async ({ request, params }) => {
      const engine = await getMockEngine();
      const indicator = engine.dataset.indicators.find((i) => i.id === params.id);
      if (!indicator)
        return HttpResponse.json(
          { error: `There is no indicator "${String(params.id)}".` },
          { status: 404 },
        );
      const parsed = setTargetRequestSchema.safeParse(await body(request));
      if (!parsed.success) return invalid(parsed.error.issues[0]);
      const { year, measure, value, version, reason } = parsed.data;
      const problem = targetChangeProblem({
        year,
        today: new Date().toISOString().slice(0, 10),
        reason,
      });
      if (problem)
        return HttpResponse.json({ error: problem.message, field: problem.field }, { status: 422 });
      const person = currentMockPerson();
      const result = engine.recordActual(
        indicator.id,
        { period: year, measure, value, ...(reason === '' ? {} : { reason }) },
        {
          actor: { id: person?.id ?? '', name: person?.name ?? '' },
          ifMatch: version === 0 ? undefined : version,
        },
      );
      if (!result.ok) return HttpResponse.json(result.body, { status: result.status });
      markWritten();
      audit({
        action: `${measure}.change`,
        subject: `${indicator.id} ${formatPeriod(year)} ${measure}`,
        oldValue: result.body.change.before,
        newValue: result.body.change.after,
        reason,
      });
      return HttpResponse.json(settingsFor(engine, indicator));
    }),
    http.put(`${admin}/indicators/:id/due-rule`, async ({ request, params }) => {
      const engine = await getMockEngine();
      const indicator = engine.dataset.indicators.find((i) => i.id === params.id);
      if (!indicator)
        return HttpResponse.json(
          { error: `There is no indicator "${String(params.id)}".` },
          { status: 404 },
        );
      const parsed = setDueRuleRequestSchema.safeParse(await body(request));
      if (!parsed.success) return invalid(parsed.error.issues[0]);
      const history = adminState.dueRules.get(indicator.id) ?? [];
      const before = dueDateRuleFor(indicator.frequency, history.at(-1)?.rule);
      const { rule, reason } = parsed.data;
      history.push({
        rule,
        entry: {
          rule,
          reason,
          actorName: currentMockPerson()?.name ?? '',
          at: new Date().toISOString(),
        },
      });
      adminState.dueRules.set(indicator.id, history);
      audit({
        action: 'due-rule.change',
        subject: `${indicator.id} due date`,
        oldValue: { ...before.rule, source: before.source },
        newValue: rule === null ? { source: 'default' } : { ...rule, source: 'set' },
        reason,
      });
      return HttpResponse.json(settingsFor(engine, indicator));
    }),
  ];
}

/**
 * /admin/people for `npm run dev` and component tests: list, create, grants, disable and sign
 * out everywhere, through the same zod contract as the server (server/auth/admin-people-handlers.ts
 * and admin-access-handlers.ts). The 401/403 check is in front of them (mocks/admin-handlers.ts).
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  createPersonRequestSchema,
  replaceGrantsRequestSchema,
  revokeSessionsRequestSchema,
  setDisabledRequestSchema,
} from '@/data/api/contract';
import { passwordProblem } from '@/domain/password-rules';
import { audit, body, invalid } from './admin-helpers';
import { adminState } from './admin-state';
import { currentMockPerson } from './session-handlers';

const findPerson = (id: string) => adminState.people.find((p) => p.id === id);
const noPerson = () =>
  HttpResponse.json({ error: 'There is no such person.', field: 'id' }, { status: 404 });

export function createAdminPeopleHandlers(admin: string): HttpHandler[] {
  return [
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
  ];
}

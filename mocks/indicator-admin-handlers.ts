/**
 * /admin/indicators/* for `npm run dev` and component tests, as the server answers them
 * (server/auth/indicator-admin-routes.ts): targets through the mock engine's own ledger, monthly
 * profiles through its profile ledger, due-date rules in memory; the domain's rules throughout.
 * createAdminHandlers puts its 401/403 check in front of these.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  setDueRuleRequestSchema,
  setProfileRequestSchema,
  setTargetRequestSchema,
} from '@/data/api/contract';
import { dueDateRuleFor } from '@/domain/due-dates';
import { formatPeriod } from '@/domain/periods';
import { targetChangeProblem } from '@/domain/target-changes';
import { audit, body, invalid, settingsFor } from './admin-helpers';
import { adminState } from './admin-state';
import { getMockEngine } from './mock-engine';
import { markWritten } from './scenarios';
import { currentMockPerson } from './session-handlers';

const today = () => new Date().toISOString().slice(0, 10);
const noIndicator = (id: unknown) =>
  HttpResponse.json({ error: `There is no indicator "${String(id)}".` }, { status: 404 });

export function createIndicatorAdminHandlers(admin: string): HttpHandler[] {
  return [
    http.get(`${admin}/indicators/:id`, async ({ params }) => {
      const engine = await getMockEngine();
      const indicator = engine.dataset.indicators.find((i) => i.id === params.id);
      if (!indicator) return noIndicator(params.id);
      return HttpResponse.json(settingsFor(engine, indicator));
    }),
    http.put(`${admin}/indicators/:id/targets`, async ({ request, params }) => {
      const engine = await getMockEngine();
      const indicator = engine.dataset.indicators.find((i) => i.id === params.id);
      if (!indicator) return noIndicator(params.id);
      const parsed = setTargetRequestSchema.safeParse(await body(request));
      if (!parsed.success) return invalid(parsed.error.issues[0]);
      const { year, measure, value, version, reason } = parsed.data;
      const problem = targetChangeProblem({
        year,
        today: today(),
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
    http.put(`${admin}/indicators/:id/profile`, async ({ request, params }) => {
      const engine = await getMockEngine();
      const indicator = engine.dataset.indicators.find((i) => i.id === params.id);
      if (!indicator) return noIndicator(params.id);
      const parsed = setProfileRequestSchema.safeParse(await body(request));
      if (!parsed.success) return invalid(parsed.error.issues[0], { wholePath: true });
      const { year, shares, version, reason } = parsed.data;
      const problem = targetChangeProblem({
        year,
        today: today(),
        reason,
        what: 'monthly profile',
      });
      if (problem)
        return HttpResponse.json({ error: problem.message, field: problem.field }, { status: 422 });
      const current = engine.profiles.historyOf(indicator.id).find((c) => c.year === year);
      if ((current?.version ?? 0) !== version) {
        return HttpResponse.json(
          {
            error: `The monthly profile for ${formatPeriod(year)} changed since you looked: it is now version ${String(current?.version ?? 0)}${current ? `, set by ${current.actor.name}` : ''}. Look at it again before you change it.`,
            field: 'version',
          },
          { status: 409 },
        );
      }
      const person = currentMockPerson();
      engine.applyProfileChange({
        indicatorId: indicator.id,
        year,
        version: version + 1,
        before: current?.shares ?? null,
        shares,
        reason,
        actor: { id: person?.id ?? '', name: person?.name ?? '' },
        at: new Date().toISOString(),
      });
      markWritten();
      audit({
        action: 'profile.change',
        subject: `${indicator.id} ${formatPeriod(year)} monthly profile`,
        oldValue: current?.shares ?? null,
        newValue: shares,
        reason,
      });
      return HttpResponse.json(settingsFor(engine, indicator));
    }),
    http.put(`${admin}/indicators/:id/due-rule`, async ({ request, params }) => {
      const engine = await getMockEngine();
      const indicator = engine.dataset.indicators.find((i) => i.id === params.id);
      if (!indicator) return noIndicator(params.id);
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

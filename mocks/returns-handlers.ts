/**
 * The returns cycle for `npm run dev` and component tests: the same contract and the same pure
 * rules as the server (server/engine/returns.ts over the domain), with returns held in memory
 * instead of the database. The development person contributes to and approves every unit, so the
 * whole cycle can be tried; tests sign in narrower people with signInMockPerson.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  myReturnsResponseSchema,
  returnReasonRequestSchema,
  returnResponseSchema,
  saveReturnRequestSchema,
  type User,
} from '@/data/api/contract';
import type { Dataset } from '@/data/contract/assemble-dataset';
import type { ReturnAction } from '@/domain/return-cycle';
import { canApprove, forbiddenReason, type RoleGrant } from '@/domain/roles';
import type { ApiEngine } from '@server/engine/engine';
import {
  hasReturnRights,
  myReturnItems,
  planReturnStep,
  returnRights,
  returnView,
  type ReturnsPerson,
} from '@server/engine/returns';
import { overdueReturns } from '@server/engine/overdue';
import { getMockEngine } from './mock-engine';
import { mockReturns, readMockReturn, writeMockReturn } from './returns-store';
import { markWritten } from './scenarios';
import { currentMockPerson, DEVELOPMENT_PERSON, refuseWrite } from './session-handlers';

/** Contributor and approver for every top-level unit of every structure. */
function everyUnit(dataset: Dataset): RoleGrant[] {
  return dataset.structures.flatMap((structure) =>
    structure.nodes
      .filter((node) => node.parentId === null)
      .flatMap((node): RoleGrant[] => [
        { role: 'contributor', unit: { structureId: structure.id, nodeId: node.id } },
        { role: 'approver', unit: { structureId: structure.id, nodeId: node.id } },
      ]),
  );
}

/** The signed-in person as the rules see them; the development person may do everything. */
export function mockPerson(engine: ApiEngine, user: User): ReturnsPerson {
  if (user.id !== DEVELOPMENT_PERSON.id) return user;
  return { ...user, grants: [...user.grants, ...everyUnit(engine.dataset)] };
}

/** As the server: correcting a published figure directly is for the indicator's approvers. */
export async function refuseUnlessApprover(indicatorId: string): Promise<Response | null> {
  const user = currentMockPerson();
  const engine = await getMockEngine().catch(() => null);
  const indicator = engine?.dataset.indicators.find((i) => i.id === indicatorId);
  if (!user || !engine || !indicator) return null;
  if (canApprove(mockPerson(engine, user), indicator, engine.dataset)) return null;
  return HttpResponse.json({ error: forbiddenReason('approve', indicator) }, { status: 403 });
}

const signInFirst = (what: string) =>
  HttpResponse.json({ error: `Sign in to ${what}.` }, { status: 401 });

const today = () => new Date().toISOString().slice(0, 10);

function viewBody(
  engine: ApiEngine,
  person: ReturnsPerson,
  indicatorId: string,
  area: string,
  period: string,
) {
  const indicator = engine.dataset.indicators.find((i) => i.id === indicatorId);
  if (!indicator) return null;
  return returnResponseSchema.parse(
    returnView(
      engine,
      person,
      indicator,
      readMockReturn({ indicatorId, area, period }),
      mockReturns({ area, indicatorId }),
    ),
  );
}

const noSuchIndicator = () =>
  HttpResponse.json(
    { error: 'There is no such indicator.', field: 'indicatorId' },
    { status: 404 },
  );

async function bodyOf(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}

type ReadAction = (
  body: unknown,
  query: URLSearchParams,
) => { period: string; area: string | null; action: ReturnAction } | Response;

/** One step of the cycle, as server/auth/returns-step-handler.ts takes it. */
function step(base: string, path: string, method: 'put' | 'post', read: ReadAction): HttpHandler {
  return http[method](`${base}${path}`, async ({ params, request }) => {
    const refused = refuseWrite(request);
    if (refused) return refused;
    const user = currentMockPerson();
    if (!user) return signInFirst('work on returns');
    const engine = await getMockEngine();
    const indicatorId = typeof params.indicatorId === 'string' ? params.indicatorId : '';
    const indicator = engine.dataset.indicators.find((i) => i.id === indicatorId);
    if (!indicator) return noSuchIndicator();
    const person = mockPerson(engine, user);
    if (!hasReturnRights(returnRights(engine, person, indicator))) {
      return HttpResponse.json({ error: forbiddenReason('edit', indicator) }, { status: 403 });
    }
    const parsed = read(await bodyOf(request), new URL(request.url).searchParams);
    if (parsed instanceof Response) return parsed;
    const area = parsed.area ?? engine.dataset.manifest.authority.id;
    const key = { area, period: parsed.period };
    const old = readMockReturn({ indicatorId: indicator.id, area, period: parsed.period });
    const plan = planReturnStep(engine, person, indicator, key, parsed.action, old);
    if (!plan.ok) return HttpResponse.json(plan.body, { status: plan.status });
    if (plan.publish) {
      // As the server does: an approval replacing a published figure names its version.
      const write = engine.planWrite(indicator.id, plan.publish);
      const version = write.ok ? engine.slotState(write.body).version : 0;
      const published = engine.recordActual(indicator.id, plan.publish, {
        actor: { id: person.id, name: person.name },
        ifMatch: version > 0 ? version : undefined,
      });
      if (!published.ok) return HttpResponse.json(published.body, { status: published.status });
      markWritten();
    }
    writeMockReturn({
      indicatorId: indicator.id,
      area,
      period: parsed.period,
      ...plan.state,
      updatedBy: person.name,
      updatedAt: new Date().toISOString(),
      version: (old?.version ?? 0) + 1,
    });
    return HttpResponse.json(viewBody(engine, person, indicator.id, area, parsed.period));
  });
}

function unprocessable(error: { issues: readonly { message: string; path: PropertyKey[] }[] }) {
  const issue = error.issues[0];
  return HttpResponse.json(
    { error: issue?.message ?? 'Not understood.', field: String(issue?.path[0] ?? 'body') },
    { status: 422 },
  );
}

const isDate = (text: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text));
const badToday = () =>
  HttpResponse.json(
    { error: 'today must be a date such as 2012-06-10.', field: 'today' },
    { status: 400 },
  );

export function createReturnsHandlers(base: string): HttpHandler[] {
  const fromQuery = (query: URLSearchParams) => ({
    period: query.get('period') ?? '',
    area: query.get('area'),
  });
  return [
    http.get(`${base}/returns/mine`, async ({ request }) => {
      const user = currentMockPerson();
      if (!user) return signInFirst('see your returns');
      const asAt = new URL(request.url).searchParams.get('today') ?? today();
      if (!isDate(asAt)) return badToday();
      const engine = await getMockEngine();
      const area = engine.dataset.manifest.authority.id;
      const items = myReturnItems(engine, mockPerson(engine, user), mockReturns({ area }), asAt);
      return HttpResponse.json(myReturnsResponseSchema.parse({ today: asAt, items }));
    }),
    http.get(`${base}/returns/overdue`, async ({ request }) => {
      const user = currentMockPerson();
      if (!user) return signInFirst('see overdue returns');
      const query = Object.fromEntries(new URL(request.url).searchParams);
      const asAt = query.today ?? today();
      if (!isDate(asAt)) return badToday();
      const engine = await getMockEngine();
      const area = engine.dataset.manifest.authority.id;
      const items = myReturnItems(engine, mockPerson(engine, user), mockReturns({ area }), asAt);
      const result = overdueReturns(engine, items, query, asAt);
      return HttpResponse.json(result.body, { status: result.status });
    }),
    http.get(`${base}/returns/:indicatorId`, async ({ params, request }) => {
      const user = currentMockPerson();
      if (!user) return signInFirst('see returns');
      const engine = await getMockEngine();
      const query = new URL(request.url).searchParams;
      const body = viewBody(
        engine,
        mockPerson(engine, user),
        typeof params.indicatorId === 'string' ? params.indicatorId : '',
        query.get('area') ?? engine.dataset.manifest.authority.id,
        query.get('period') ?? '',
      );
      return body ? HttpResponse.json(body) : noSuchIndicator();
    }),
    step(base, '/returns/:indicatorId', 'put', (body) => {
      const parsed = saveReturnRequestSchema.safeParse(body);
      if (!parsed.success) return unprocessable(parsed.error);
      return {
        period: parsed.data.period,
        area: parsed.data.area ?? null,
        action: { action: 'save', value: parsed.data.value, commentary: parsed.data.commentary },
      };
    }),
    step(base, '/returns/:indicatorId/submit', 'post', (_body, query) => ({
      ...fromQuery(query),
      action: { action: 'submit' },
    })),
    step(base, '/returns/:indicatorId/approve', 'post', (_body, query) => ({
      ...fromQuery(query),
      action: { action: 'approve' },
    })),
    step(base, '/returns/:indicatorId/return', 'post', (body, query) => {
      const parsed = returnReasonRequestSchema.safeParse(body);
      if (!parsed.success) return unprocessable(parsed.error);
      return { ...fromQuery(query), action: { action: 'return', reason: parsed.data.reason } };
    }),
  ];
}

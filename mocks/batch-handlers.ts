/**
 * The returns-template batch for `npm run dev` and component tests: the same contract and the same
 * row checks as the server (server/engine/batch-check.ts), with the returns held in memory. The
 * development person may enter any indicator's returns (a contributor for every top-level unit)
 * and, being an administrator, change targets and floors; definition text (title, polarity,
 * profile) is not changed by the mock service, which says so for the row.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  indicatorReturnsResponseSchema,
  returnBatchRequestSchema,
  returnBatchResponseSchema,
  type ReturnBatch,
} from '@/data/api/returns-batch-contract';
import { describeReturnStatus } from '@/domain/return-cycle';
import type { RoleGrant } from '@/domain/roles';
import { batchCellsRefused, checkBatch, NOTHING_CHANGES } from '@server/engine/batch-check';
import type { ApiEngine } from '@server/engine/engine';
import {
  deleteMockReturn,
  mockReturns,
  nextMockBatchId,
  readMockBatch,
  readMockReturn,
  writeMockBatch,
  writeMockReturn,
  type BatchEntry,
  type StoredReturn,
} from './returns-store';
import { getMockEngine } from './mock-engine';
import { DEVELOPMENT_PERSON, refuseWrite } from './session-handlers';
import { markWritten } from './scenarios';

function developmentActor(engine: ApiEngine) {
  const grants: RoleGrant[] = [...DEVELOPMENT_PERSON.grants];
  for (const structure of engine.dataset.structures)
    for (const node of structure.nodes)
      if (node.parentId === null)
        grants.push({ role: 'contributor', unit: { structureId: structure.id, nodeId: node.id } });
  return { id: DEVELOPMENT_PERSON.id, name: DEVELOPMENT_PERSON.name, grants };
}

export function createBatchHandlers(base: string): HttpHandler[] {
  return [
    http.post(`${base}/return-batches`, async ({ request }) => {
      const refused = refuseWrite(request);
      if (refused) return refused;
      const parsed = returnBatchRequestSchema.safeParse(
        await request.json().catch(() => undefined),
      );
      if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => ({
          sheet: '',
          row: 0,
          column: issue.path.join('.'),
          problem: issue.message,
        }));
        return HttpResponse.json(
          { error: 'The batch does not match the contract.', batch: null, problems },
          { status: 422 },
        );
      }
      const body = parsed.data;
      const engine = await getMockEngine();
      const actor = developmentActor(engine);
      const plan = await checkBatch(body, {
        engine,
        actor,
        currentReturn: (key) => Promise.resolve(readMockReturn(key)),
      });
      for (const definition of plan.definitions)
        if (definition.after)
          plan.problems.push({
            sheet: definition.row.sheet,
            row: definition.row.row,
            column: 'Title',
            problem:
              'The mock service does not change titles, polarity or profiles; the Ragstone server does.',
          });
      if (body.mode === 'check')
        return HttpResponse.json(
          returnBatchResponseSchema.parse({
            batch: null,
            problems: plan.problems,
            unchanged: plan.unchanged,
          }),
        );
      if (plan.problems.length > 0)
        return HttpResponse.json(
          {
            error: batchCellsRefused(plan.problems.length),
            batch: null,
            problems: plan.problems,
          },
          { status: 422 },
        );
      if (plan.returns.length + plan.definitions.length === 0)
        return HttpResponse.json(
          { error: NOTHING_CHANGES, batch: null, problems: [] },
          { status: 422 },
        );
      const id = nextMockBatchId();
      const entries: BatchEntry[] = [];
      for (const planned of plan.returns) {
        const version = (planned.old?.version ?? 0) + 1;
        writeMockReturn({
          ...planned.key,
          ...planned.state,
          updatedBy: actor.name,
          updatedAt: new Date().toISOString(),
          version,
          batchId: id,
        });
        entries.push({
          key: planned.key,
          before: (planned.old as StoredReturn | null) ?? null,
          version,
        });
      }
      for (const planned of plan.definitions)
        for (const write of planned.figures) {
          const state = engine.slotState(write);
          engine.recordActual(
            write.slot.indicatorId,
            {
              period: write.slot.period,
              measure: write.slot.measure,
              value: write.observation.value,
              reason: `Imported (batch ${id})`,
            },
            { actor, ifMatch: state.version > 0 ? state.version : undefined },
          );
          markWritten();
        }
      const batch: ReturnBatch = {
        id,
        fileName: body.fileName,
        mode: body.mode,
        createdBy: actor.name,
        createdAt: new Date().toISOString(),
        actuals: plan.returns.length,
        definitions: plan.definitions.reduce((sum, d) => sum + d.figures.length, 0),
        undoneAt: null,
        undoneBy: null,
      };
      writeMockBatch({ batch, entries });
      return HttpResponse.json(returnBatchResponseSchema.parse({ batch, problems: [] }), {
        status: 201,
      });
    }),
    http.post(`${base}/return-batches/:id/undo`, ({ request, params }) => {
      const refused = refuseWrite(request);
      if (refused) return refused;
      const stored = readMockBatch(String(params.id));
      if (!stored)
        return HttpResponse.json(
          { error: 'There is no such import batch.', field: 'id' },
          { status: 404 },
        );
      if (stored.batch.undoneAt !== null)
        return HttpResponse.json(
          { error: `This import was already undone by ${stored.batch.undoneBy ?? 'someone'}.` },
          { status: 409 },
        );
      const moved = stored.entries.filter((entry) => {
        const current = readMockReturn(entry.key);
        return current?.status === 'approved' || current?.version !== entry.version;
      });
      if (moved.length > 0)
        return HttpResponse.json(
          {
            error: `This import cannot be undone, because ${moved.map((e) => `${e.key.indicatorId} for ${e.key.period}`).join(', ')} moved on since. Correct those figures one by one instead.`,
          },
          { status: 409 },
        );
      for (const entry of stored.entries) {
        if (entry.before) writeMockReturn({ ...entry.before, batchId: null });
        else deleteMockReturn(entry.key);
      }
      stored.batch = {
        ...stored.batch,
        undoneAt: new Date().toISOString(),
        undoneBy: DEVELOPMENT_PERSON.name,
      };
      return HttpResponse.json(
        returnBatchResponseSchema.parse({ batch: stored.batch, problems: [] }),
      );
    }),
    http.get(`${base}/return-batches/indicators/:indicatorId`, ({ params }) => {
      const id = String(params.indicatorId);
      const list = mockReturns({ indicatorId: id }).map((item) => ({
        area: item.area,
        period: item.period,
        status: item.status,
        statusLabel: describeReturnStatus(item.status),
        value: item.value,
        commentary: item.commentary,
        batchId: item.batchId,
        updatedBy: item.updatedBy,
      }));
      return HttpResponse.json(indicatorReturnsResponseSchema.parse({ returns: list }));
    }),
  ];
}

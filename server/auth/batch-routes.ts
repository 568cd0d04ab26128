/**
 * The returns-template batch over HTTP (src/data/api/returns-batch-contract.ts): check or commit a
 * filled template as one batch, undo a batch, and list an indicator's returns in progress. Rights
 * are checked per row on the server (batch-rights.ts): contributors for their units' indicators,
 * definitions only by administrators. This file only wires paths to the handlers.
 */
import { Hono } from 'hono';
import type { BatchDeps } from './batch-common';
import { importBatchHandler } from './batch-import-handler';
import { returnsInProgressHandler } from './batch-progress-handler';
import { undoBatchHandler } from './batch-undo-handler';
import type { AuthEnv } from './middleware';

export type { BatchDeps } from './batch-common';

export function batchRoutes(deps: BatchDeps) {
  const app = new Hono<AuthEnv>();
  app.post('/return-batches', (c) => importBatchHandler(c, deps));
  app.post('/return-batches/:id/undo', (c) => undoBatchHandler(c, deps));
  app.get('/return-batches/indicators/:indicatorId', (c) => returnsInProgressHandler(c, deps));
  return app;
}

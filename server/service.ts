/**
 * The Ragstone service: the database is the truth, and the API engine is its read model, built
 * from the stored rows at start (`lastRefreshMs`; Kent's 4,227 figures take ~0.3–0.8 s with every
 * row checked) and brought level after each committed write by applying exactly the rows that
 * write committed, in a few milliseconds. Writes are queued one at a time in this process, so the
 * engine always equals the database; a second server process on the same PostgreSQL would not see
 * this one's writes until restarted (docs/decisions/0013-database-is-the-truth.md).
 */
import type { RecordActualResponse } from '@/data/api/contract';
import type { DbHandle } from './db/connect';
import { storeWrite, type WriteTransaction } from './db/figure-writes';
import { migrate } from './db/migrate';
import { readStoredData } from './db/read-dataset';
import { isEmpty, seedFromFolder } from './db/seed';
import { createApiEngine, type ApiEngine } from './engine/engine';
import { conflict, failure, success, type EngineResult } from './engine/engine-result';
import type { WriteContext } from './engine/ledger';

export interface RagstoneService {
  readonly handle: DbHandle;
  /** The read model as of the last committed write. */
  engine(): ApiEngine;
  recordFigure(
    indicatorId: string,
    body: unknown,
    context: WriteContext,
    /** Committed with the figure or not at all (the audit row of an administrator's change). */
    alsoInTransaction?: (
      tx: WriteTransaction,
      changes: readonly RecordActualResponse['change'][],
    ) => Promise<void>,
  ): Promise<EngineResult<RecordActualResponse>>;
  /** Rebuilds the read model from the database. */
  refresh(): Promise<void>;
  /** Runs a task in the same queue as figure writes (an import batch checks and writes as one). */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  lastRefreshMs(): number;
}

export interface StartOptions {
  /** Dataset folders to load, in order, when the database is empty (the first one is used). */
  datasets: readonly string[];
  log?: (line: string) => void;
}

/** Migrates, seeds an empty database from the first dataset folder, and builds the read model. */
export async function startService(
  handle: DbHandle,
  options: StartOptions,
): Promise<RagstoneService> {
  const log = options.log ?? (() => undefined);
  const applied = await migrate(handle);
  if (applied.length > 0) log(`Applied migrations ${applied.join(', ')}.`);
  if (await isEmpty(handle)) {
    const [folder] = options.datasets;
    if (folder === undefined) throw new Error('The database is empty and no dataset was given.');
    const started = performance.now();
    const dataset = await seedFromFolder(handle, folder);
    log(
      `Loaded ${dataset.indicators.length} indicators and ${dataset.observations.length} figures from ${folder} in ${Math.round(performance.now() - started)} ms.`,
    );
  }
  return createService(handle);
}

export async function createService(handle: DbHandle): Promise<RagstoneService> {
  let current: ApiEngine | null = null;
  let refreshMs = 0;
  let queue: Promise<unknown> = Promise.resolve();

  async function refresh() {
    const started = performance.now();
    const stored = await readStoredData(handle.db);
    if (!stored) throw new Error('The database holds no dataset: run the server once to seed it.');
    current = createApiEngine(stored.dataset, stored.problems, {
      writable: true,
      ledger: stored.ledger,
      profiles: stored.profiles,
    });
    refreshMs = performance.now() - started;
  }

  /** One write at a time: each waits for the one before, whether it succeeded or not. */
  function serialised<T>(task: () => Promise<T>): Promise<T> {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  }

  await refresh();
  const engine = () => {
    if (!current) throw new Error('The read model is not built yet.');
    return current;
  };

  return {
    handle,
    engine,
    refresh,
    exclusive: serialised,
    lastRefreshMs: () => refreshMs,
    recordFigure: (indicatorId, body, context, alsoInTransaction) =>
      serialised(async () => {
        const planned = engine().planWrite(indicatorId, body);
        if (!planned.ok) return planned;
        const stored = await storeWrite(handle.db, planned.body, context, alsoInTransaction);
        if (stored.kind === 'conflict') return conflict(stored.body);
        if (stored.kind === 'invalid') return failure(422, stored.error, stored.field);
        const [change] = stored.changes;
        if (!change) throw new Error('recordFigure: the write returned no history');
        engine().applyWrite(planned.body, stored.changes);
        return success(engine().writeResponse(planned.body, change), stored.created ? 201 : 200);
      }),
  };
}

/**
 * The API engine: answers every endpoint of src/data/api/contract.ts from an assembled dataset.
 * Pure (no MSW, no I/O), so the MSW handlers, the static build, the server's read model and the
 * benchmarks all run the same code. Indexes are built once per engine and rows memoised per area
 * and period, because the synthetic national dataset (152 authorities × ~200 indicators × 60
 * months) goes through here too. Writes applied here live in this engine only; the server stores
 * them in its database first and builds a fresh engine from it (server/read-model.ts).
 */
import type { DataProblem, Dataset } from '@/data/contract/assemble-dataset';
import type { ApiEngine, EngineOptions } from './engine-api';
import { engineReads } from './engine-reads';
import { createEngineState } from './engine-state';
import { engineWrites } from './engine-writes';

export type { ApiEngine, EngineOptions } from './engine-api';

/**
 * An engine over a dataset: its state (indexes, ledger, memoised rows), the read endpoints and
 * the write endpoints over that state, each in a module of its own.
 */
export function createApiEngine(
  dataset: Dataset,
  problems: readonly DataProblem[] = [],
  options: EngineOptions = {},
): ApiEngine {
  const writable = options.writable ?? true;
  const state = createEngineState(dataset, options.ledger, options.profiles);
  return {
    dataset,
    ...engineReads(state, problems, writable),
    ...engineWrites(state, { writable, now: options.now ?? (() => new Date()) }),
    profiles: state.profileLedger,
    assessable: state.assessable,
    applyProfileChange(change) {
      state.profileLedger.apply(change);
      state.invalidate();
    },
  };
}

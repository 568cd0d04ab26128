/** The mock service's returns and import batches, in memory (reset with the other mocks). */
import type { FigureReturn } from '@/data/api/contract';
import type { ReturnBatch } from '@/data/api/returns-batch-contract';
import type { ReturnKey } from '@server/engine/returns';

export interface StoredReturn extends FigureReturn {
  batchId: string | null;
}

export interface BatchEntry {
  key: ReturnKey;
  before: StoredReturn | null;
  version: number;
}

export const returns = new Map<string, StoredReturn>();
export const batches = new Map<string, { batch: ReturnBatch; entries: BatchEntry[] }>();
export const keyText = (key: ReturnKey) => `${key.indicatorId}\u0000${key.area}\u0000${key.period}`;

/** test/setup.ts (through resetMocks) starts every test with no returns. */
export function resetMockBatches(): void {
  returns.clear();
  batches.clear();
}

/**
 * The mock service's returns in progress and the import batches that wrote them, in memory: one
 * store, as the server keeps both in one database (figure_returns, return_batches), so a return
 * written by a batch is the one My returns shows and the one an undo restores.
 */
import type { FigureReturn } from '@/data/api/contract';
import type { ReturnBatch } from '@/data/api/returns-batch-contract';
import type { ReturnKey } from '@server/engine/returns';

/** A return as kept: which batch wrote it last (null when a person saved it on the page). */
export interface StoredReturn extends FigureReturn {
  batchId: string | null;
}

export interface BatchEntry {
  key: ReturnKey;
  before: StoredReturn | null;
  version: number;
}

export interface StoredBatch {
  batch: ReturnBatch;
  entries: BatchEntry[];
}

const stored = new Map<string, StoredReturn>();
const batches = new Map<string, StoredBatch>();
const keyOf = ({ indicatorId, area, period }: ReturnKey) =>
  `${indicatorId}\u0000${area}\u0000${period}`;

export function readMockReturn(key: ReturnKey): StoredReturn | null {
  return stored.get(keyOf(key)) ?? null;
}

/** The returns for one area (and one indicator, when named), in the order they were first kept. */
export function mockReturns(filter: { area?: string; indicatorId?: string }): StoredReturn[] {
  return [...stored.values()].filter(
    (r) =>
      (filter.area === undefined || r.area === filter.area) &&
      (filter.indicatorId === undefined || r.indicatorId === filter.indicatorId),
  );
}

/**
 * Stores a return; one saved without a batch id was saved on the page. Tests also use it to seed
 * one someone else saved or submitted.
 */
export function writeMockReturn(figureReturn: FigureReturn & { batchId?: string | null }): void {
  stored.set(keyOf(figureReturn), { ...figureReturn, batchId: figureReturn.batchId ?? null });
}

export function deleteMockReturn(key: ReturnKey): void {
  stored.delete(keyOf(key));
}

export function readMockBatch(id: string): StoredBatch | null {
  return batches.get(id) ?? null;
}

/** Keeps a new batch and names it: mock-batch-1, mock-batch-2, … */
export function nextMockBatchId(): string {
  return `mock-batch-${batches.size + 1}`;
}

export function writeMockBatch(record: StoredBatch): void {
  batches.set(record.batch.id, record);
}

/** resetMocks calls this: every test starts with no returns in progress and no batches. */
export function resetMockReturns(): void {
  stored.clear();
  batches.clear();
}

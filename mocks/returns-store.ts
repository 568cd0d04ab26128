/** The mock service's returns in progress, in memory (the server keeps them in figure_returns). */
import type { FigureReturn } from '@/data/api/contract';

const stored = new Map<string, FigureReturn>();
const keyOf = (indicatorId: string, area: string, period: string) =>
  `${indicatorId}\u0000${area}\u0000${period}`;

export function readMockReturn(
  indicatorId: string,
  area: string,
  period: string,
): FigureReturn | null {
  return stored.get(keyOf(indicatorId, area, period)) ?? null;
}

export function mockReturns(filter: { area: string; indicatorId?: string }): FigureReturn[] {
  return [...stored.values()].filter(
    (r) =>
      r.area === filter.area &&
      (filter.indicatorId === undefined || r.indicatorId === filter.indicatorId),
  );
}

/** Stores a return; tests also use it to seed one someone else saved or submitted. */
export function writeMockReturn(figureReturn: FigureReturn): void {
  stored.set(keyOf(figureReturn.indicatorId, figureReturn.area, figureReturn.period), {
    ...figureReturn,
  });
}

/** resetMocks calls this: every test starts with no returns in progress. */
export function resetMockReturns(): void {
  stored.clear();
}

/**
 * What the preview shows of a reading, worked out where the figures are (in the worker for a big
 * file), so the page receives a few sentences and counts instead of walking every figure itself.
 */
import { describeAreas, describePeriods, describeReferences } from './import-wording';
import type { FileReading } from './read-file';

export interface ReadingSummary extends Omit<FileReading, 'figures'> {
  figureCount: number;
  /** '32 London boroughs' */
  councils: string;
  /** 'England and 9 regions: reference lines, never ranked', or null */
  references: string | null;
  /** 'Q1 2010/11 to Q1 2022/23 (49 periods)' */
  periods: string;
}

export function summariseReading(reading: FileReading): ReadingSummary {
  const { figures, ...rest } = reading;
  return {
    ...rest,
    figureCount: figures.length,
    councils: describeAreas(figures),
    references: describeReferences(figures),
    periods: describePeriods(figures),
  };
}

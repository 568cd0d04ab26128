/** The import's sentences, from its counts and the committed batch, so they are tested as words. */
import type { ReturnBatch } from '@/data/api/returns-batch-contract';

function rowWord(count: number): string {
  return count === 1 ? 'row' : 'rows';
}

/** 'Import the 3 ready rows as one batch' */
export function commitLegend(ready: number): string {
  return `Import the ${ready} ready ${rowWord(ready)} as one batch`;
}

/** 'Import 3 rows' */
export function commitButtonText(ready: number): string {
  return `Import ${ready} ${rowWord(ready)}`;
}

/** 'Imported june.csv as one batch: 3 figures submitted for approval, 2 definition changes.' */
export function committedSummary(
  batch: Pick<ReturnBatch, 'fileName' | 'actuals' | 'mode' | 'definitions'>,
): string {
  const figures = `${batch.actuals} figure${batch.actuals === 1 ? '' : 's'}`;
  const how = batch.mode === 'submitted' ? 'submitted for approval' : 'saved as drafts';
  const definitions = batch.definitions > 0 ? `, ${batch.definitions} definition changes` : '';
  return `Imported ${batch.fileName} as one batch: ${figures} ${how}${definitions}.`;
}

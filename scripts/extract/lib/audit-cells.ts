/**
 * Where in its row a figure sits. A printed text found only inside a longer cell ('73' inside
 * '173') is not the cell it claims to be; figures of one row whose columns run against the order
 * of their periods suggest columns read in the wrong order.
 */
import type { Observation } from '../../../src/data/contract/dataset-schema';
import { normaliseCell } from './cells';

const cellText = (text: string) =>
  normaliseCell(text.replace(/<[^>]*>/g, ' ')).replace(/^\|\s*|\s*\|$/g, '');
const squeeze = (text: string) => cellText(text).replace(/\s+/g, '').toLowerCase();

/** Cells of a row: tab-separated, or markdown-style ' | ' for the papers converted that way. */
export function cellsOf(row: string): string[] {
  const cells = row.includes('\t') ? row.split('\t') : row.split(/\s\|\s?|^\|\s*|\s*\|$/);
  return cells.map(cellText);
}

/**
 * The index of the cell (or run of adjacent cells, for text the conversion split) that is
 * exactly the printed text; -1 when none is, undefined for prose rows with no cells.
 */
export function cellIndex(row: string, printed: string): number | undefined {
  const cells = cellsOf(row);
  if (cells.length < 2) return undefined;
  const wanted = squeeze(printed);
  for (let start = 0; start < cells.length; start += 1) {
    let joined = '';
    for (let end = start; end < cells.length; end += 1) {
      joined += squeeze(cells[end] ?? '');
      if (joined === wanted) return start;
      if (joined.length >= wanted.length) break;
    }
  }
  return -1;
}

const CHRONOLOGICAL = new Set(['baseline', 'actual', 'estimate', 'forecast', 'target']);

const periodStart = (period: string): number => {
  const fy = /^(\d{4})\/\d{2}/.exec(period) ?? /^AY (\d{4})/.exec(period);
  if (fy) return Number(fy[1]) * 12 + 3;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return Number(month[1]) * 12 + Number(month[2]) - 1;
  return Number(period.slice(0, 4)) * 12;
};

/**
 * Pairs of figures on one row, for one indicator and area, whose columns run against their
 * periods (a later period in an earlier column).
 */
export function outOfOrder(observations: Observation[]): Array<[Observation, Observation]> {
  const byRow = new Map<string, Array<{ o: Observation; index: number }>>();
  for (const o of observations) {
    const p = o.provenance;
    if (!p || o.printed === undefined) continue;
    if (!CHRONOLOGICAL.has(o.measure)) continue;
    const index = cellIndex(p.row, o.printed);
    if (index === undefined || index < 0) continue;
    // A figure printed in two cells cannot be placed by its text.
    if (cellsOf(p.row).filter((cell) => cell === cellText(o.printed ?? '')).length > 1) continue;
    const key = `${p.document}:${p.line}:${o.indicatorId}:${o.area}`;
    byRow.set(key, [...(byRow.get(key) ?? []), { o, index }]);
  }
  const pairs: Array<[Observation, Observation]> = [];
  for (const entries of byRow.values()) {
    const sorted = [...entries].sort((a, b) => a.index - b.index);
    for (let i = 1; i < sorted.length; i += 1) {
      const before = sorted[i - 1];
      const after = sorted[i];
      if (!before || !after || before.index === after.index) continue;
      // Dashboards print the year to date before the year-end target, and last year's result last.
      if (before.o.basis !== 'period') continue;
      if (
        after.o.measure === 'actual' &&
        ['target', 'estimate', 'forecast'].includes(before.o.measure)
      )
        continue;
      if (/^\d{4}-\d{2}$/.test(before.o.period) && !/^\d{4}-\d{2}$/.test(after.o.period)) continue;
      if (periodStart(before.o.period) > periodStart(after.o.period))
        pairs.push([before.o, after.o]);
    }
  }
  return pairs;
}

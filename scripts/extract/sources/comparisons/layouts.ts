/**
 * The two shapes comparison tables take in the papers: measures down the side with areas
 * across the top, or areas down the side with measures (or years) across the top.
 */
import { areaIdFor, printedAreaNote } from './area-registry';
import type { ComparisonBuilder } from './builder';

export interface Column {
  /** Index of the tab-separated cell. */
  cell: number;
  area?: string;
  indicatorId?: string;
  period: string;
  note?: string;
}

export interface TableSpec {
  id: string;
  title: string;
  periodNote: string;
  groupId?: string;
  /** Lines naming the table (title, header). */
  headLines: number[];
}

/** Measures as rows (title in the first cell), areas as columns. */
export function measuresByAreas(
  b: ComparisonBuilder,
  table: TableSpec,
  rows: Array<{ line: number; indicatorId: string; titleCell?: number }>,
  columns: Column[],
): void {
  for (const row of rows) {
    const cells = b.doc.cells(row.line);
    for (const column of columns) {
      if (!column.area) throw new Error(`${table.id}: column ${column.cell} has no area`);
      b.cell(row.indicatorId, column.area, column.period, cells[column.cell] ?? '', row.line, {
        ...(column.note ? { note: column.note } : {}),
      });
    }
  }
  b.table({
    ...table,
    indicatorIds: rows.map((row) => row.indicatorId),
    areaIds: columns.map((column) => column.area ?? ''),
    lines: [...table.headLines, ...rows.map((row) => row.line)],
  });
}

/** Areas as rows (printed name in `areaCell`), measures or years as columns. */
export function areasByMeasures(
  b: ComparisonBuilder,
  table: TableSpec,
  rows: number[],
  columns: Column[],
  areaCell = 0,
): string[] {
  const areaIds: string[] = [];
  for (const line of rows) {
    const cells = b.doc.cells(line);
    const area = areaIdFor(cells[areaCell] ?? '');
    const printedNote = printedAreaNote(cells[areaCell] ?? '');
    areaIds.push(area);
    for (const column of columns) {
      if (!column.indicatorId) throw new Error(`${table.id}: column ${column.cell} has no measure`);
      const note = [column.note, printedNote].filter(Boolean).join('; ');
      b.cell(column.indicatorId, area, column.period, cells[column.cell] ?? '', line, {
        ...(note ? { note } : {}),
      });
    }
  }
  b.table({
    ...table,
    indicatorIds: columns.map((column) => column.indicatorId ?? ''),
    areaIds,
    lines: [...table.headLines, ...rows],
  });
  return areaIds;
}

/** Consecutive line numbers, skipping blanks the conversion left inside a table. */
export function tableLines(b: ComparisonBuilder, from: number, to: number): number[] {
  const lines: number[] = [];
  for (let line = from; line <= to; line += 1) {
    if (b.doc.line(line).trim() !== '') lines.push(line);
  }
  return lines;
}

/** The printed measure title of a row, with trailing full stops and markup removed. */
export function rowTitle(b: ComparisonBuilder, line: number, cell = 0): string {
  return (b.doc.cells(line)[cell] ?? '')
    .replace(/<\/?[a-z]+>/gi, '')
    .replace(/\.\s*$/, '')
    .trim();
}

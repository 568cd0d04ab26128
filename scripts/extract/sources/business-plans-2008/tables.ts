/**
 * Finds the performance and activity tables in the unit plans and reads their rows.
 * A table starts at a header line whose cells name measures and years; its rows are the
 * tab-separated lines that follow, up to the first line of prose.
 */
import type { SeedDocument } from '../../lib/seed';
import { readColumn, cleanHeader, type ColumnSpec } from './columns';
import type { Section } from './units';

export type TableKind = 'performance' | 'activity' | 'comparison';

export interface TableRow {
  line: number;
  cells: string[];
  /** Title as printed, with a sub-row's label joined to the title of the row it belongs to. */
  title: string;
  /** The label of the group the row sits under (a sub-heading row or the table's first cell). */
  group: string;
  hasNumber: boolean;
  /** A sub-heading, a wrapped header line or a rule of dashes: no figures of its own. */
  isLabel: boolean;
}

export interface Table {
  nodeId: string;
  headerLine: number;
  kind: TableKind;
  heading: string;
  columns: ColumnSpec[];
  /** Index of the first figure column: the cells before it are the row's label. */
  firstFigure: number;
  rows: TableRow[];
}

/** A numbered item ('8. NET annual satisfaction…') and its lettered parts ('a. roads'). */
const numbered = /^\d{1,2}\.\s+/;
const lettered = /^[a-z]\.\s+/;
const subItem = /^(\(?[a-z]\)|[a-z]\.)\s/;
/** A framework tag printed alone on a line ('T2010 (37)'). */
export const codeTag = /^T2010 \(\d{1,2}\)$/;

const pageMarker = /^(page \d+|draft|\*+\s*draft\s*\*+)$/i;

/** A row that heads or labels others and carries no figure of its own. */
function labelRow(line: number, cells: string[], title: string, group: string): TableRow {
  return { line, cells, title, group, hasNumber: false, isLabel: true };
}

export function isHeader(cells: string[]): ColumnSpec[] | null {
  if (cells.length < 2) return null;
  const first = cleanHeader(cells[0] ?? '');
  if (first.length > 160 || /project|key action|<ul/i.test(cells[0] ?? '')) return null;
  const read = cells.map((cell, index): ColumnSpec =>
    index === 0 ? { kind: 'label', header: cell } : readColumn(cell),
  );
  const columns = resolveBareYears(read);
  if (!columns) return null;
  const figures = columns.filter((column) => column.kind === 'figure').length;
  if (figures === 0) return null;
  // Every named column must be understood: a row of figures with words in it is not a header.
  const unread = columns
    .slice(1)
    .filter((column) => column.kind === 'other' && cleanHeader(column.header) !== '');
  if (unread.length > 0) return null;
  const labels = columns.slice(1).filter((column) => column.kind === 'label').length;
  if (
    figures < 2 &&
    labels === 0 &&
    columns.filter((column) => column.kind === 'comparison').length === 0
  ) {
    // One lone measure-and-year cell is a row ('Baseline established in 2008/9'), not a header.
    return null;
  }
  return columns;
}

/**
 * '2004/05 | 2005/06 | 2006/07 | 2007/08 Estimate | 2008/09 Forecast': years printed bare before
 * the estimate and forecast columns are that table's past actuals. Bare years anywhere else
 * (staffing and budget tables) are not a performance table at all.
 */
function resolveBareYears(columns: ColumnSpec[]): ColumnSpec[] | null {
  const bare = columns.filter((column) => column.kind === 'bare-year');
  if (bare.length === 0) return columns;
  const firstProjected = columns.findIndex(
    (column) =>
      column.kind === 'figure' && (column.measure === 'estimate' || column.measure === 'forecast'),
  );
  const lastBare = columns.map((column) => column.kind).lastIndexOf('bare-year');
  if (firstProjected < 0 || lastBare > firstProjected) return null;
  return columns.map((column) =>
    column.kind === 'bare-year'
      ? {
          kind: 'figure',
          measure: 'actual',
          period: column.period,
          header: column.header,
          note: `the header prints the year ${cleanHeader(column.header)} alone; read as an actual because the later columns are marked estimate and forecast`,
        }
      : column,
  );
}

function classify(heading: string, firstCell: string, columns: ColumnSpec[]): TableKind {
  const head = `${heading} ${cleanHeader(firstCell)}`;
  const figureHeaders = columns
    .filter((column) => column.kind === 'figure')
    .map((column) => column.header);
  if (/comparison/i.test(heading) && !/key performance/i.test(heading)) return 'comparison';
  if (columns.some((column) => column.kind === 'comparison') && figureHeaders.length === 0)
    return 'comparison';
  if (
    /activity|activities|fee paying samples/i.test(head) ||
    figureHeaders.some((h) => /activity/i.test(h))
  )
    return 'activity';
  if (/people with|older people/i.test(firstCell) && /activity levels/i.test(heading))
    return 'activity';
  return 'performance';
}

export function findTables(document: SeedDocument, sections: Section[]): Table[] {
  const tables: Table[] = [];
  for (const section of sections) {
    let heading = '';
    let current: Table | null = null;
    let lastTitle = '';
    let group = '';
    let groupHeadsRows = false;
    let outerGroup = '';
    for (let number = section.from; number <= section.to; number += 1) {
      const text = document.line(number);
      const trimmed = text.trim();
      if (!text.includes('\t')) {
        if (trimmed === '' || pageMarker.test(trimmed)) continue;
        current = null;
        if (trimmed.length < 100) heading = trimmed.replace(/\*+/g, '');
        continue;
      }
      const cells = text.split('\t');
      const columns = isHeader(cells);
      if (columns) {
        // A header repeated after a page break continues the previous table's groups.
        const repeated =
          tables.at(-1)?.nodeId === section.nodeId &&
          document.line(tables.at(-1)?.headerLine ?? 1) === text;
        current = {
          nodeId: section.nodeId,
          headerLine: number,
          kind: classify(heading, cells[0] ?? '', columns),
          heading,
          columns,
          firstFigure: columns.findIndex(
            (column) => column.kind === 'figure' || column.kind === 'comparison',
          ),
          rows: [],
        };
        tables.push(current);
        if (repeated) continue;
        lastTitle = '';
        groupHeadsRows = false;
        group = /^(indicator|key performance indicator|activity area)/i.test(
          cleanHeader(cells[0] ?? ''),
        )
          ? ''
          : cleanHeader(cells[0] ?? '');
        continue;
      }
      if (!current) continue;
      // A header this reader does not understand ends the table rather than passing as a row of it.
      if (looksLikeHeader(cells)) {
        current = null;
        continue;
      }
      const labelCells = cells.slice(0, current.firstFigure).map(cleanCell);
      const figureCells = cells.slice(current.firstFigure).map(cleanCell);
      // '(see note 1)' and '- DRAFT' carry no figure; a row of them continues a wrapped header.
      const hasNumber = figureCells.some((cell) =>
        /\d/.test(cell.replace(/\(?see note \d+\)?|note \d+/gi, '')),
      );
      const ownLabel = labelCells.filter((cell) => cell !== '').join(' – ');
      if (!hasNumber && figureCells.every((cell) => cell === '' || /^[-–—]+$/.test(cell))) {
        // A sub-heading row ('County Duty Service', 'KS2 Maths level 4+') groups the rows after it.
        if (codeTag.test(ownLabel)) {
          // 'T2010 (37)' on a line of its own tags a row; it heads nothing (build.ts notes it).
        } else if (ownLabel !== '' && !/^[-–—]+$/.test(ownLabel)) {
          // '8. NET annual satisfaction…' heads its lettered parts; '9. …' is its sibling again.
          if (numbered.test(ownLabel) && !numbered.test(group) && !subItem.test(group))
            outerGroup = group;
          group = ownLabel;
          // Key stage subjects and 'Medway Council Area' head the rows beneath them.
          groupHeadsRows = /^(KS\d|key stage)|council area$/i.test(ownLabel);
          lastTitle = '';
        }
        current.rows.push(labelRow(number, cells, ownLabel, group));
        continue;
      }
      if (
        !hasNumber &&
        ownLabel !== '' &&
        ownLabel === ownLabel.toUpperCase() &&
        /[A-Z]/.test(ownLabel)
      ) {
        group = `${group} ${ownLabel}`.trim();
        current.rows.push(labelRow(number, cells, ownLabel, group));
        continue;
      }
      if (numbered.test(ownLabel) && numbered.test(group)) group = outerGroup;
      let title = ownLabel;
      if (numbered.test(group) && lettered.test(ownLabel))
        title = `${group.replace(numbered, '')}: ${ownLabel}`;
      else if ((labelCells[0] ?? '') === '' && lastTitle !== '' && ownLabel !== '')
        title = `${lastTitle} – ${ownLabel}`;
      else if (ownLabel === '' && lastTitle !== '') title = lastTitle;
      else if (ownLabel === '' && group !== '') title = group;
      else if ((labelCells[0] ?? '') !== '') lastTitle = labelCells[0] ?? '';
      // Key stage tables: an 'All pupils' row heads the ethnic-group rows beneath it.
      if (figureCells.some((cell) => /^all( pupils)?\s+\d/i.test(cell))) {
        group = title;
        groupHeadsRows = true;
        lastTitle = '';
      } else if (groupHeadsRows && title !== group) {
        title = `${group} – ${title}`;
      }
      current.rows.push({
        line: number,
        cells,
        title,
        group,
        hasNumber,
        isLabel: /^[-–—]+$/.test(title),
      });
    }
  }
  return tables;
}

function looksLikeHeader(cells: string[]): boolean {
  const rest = cells
    .slice(1)
    .map(cleanHeader)
    .filter((cell) => cell !== '');
  const headerish = rest.filter(
    (cell) =>
      cell.length < 60 &&
      /\b(actual|estimated?|target|forecast|outturn|projected)\b/i.test(cell) &&
      /\b\d{2}\s*[/-]\s*\d{2}\b|\b(19|20)\d{2}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s*\d{2}\b/i.test(
        cell,
      ),
  );
  return (
    rest.length >= 2 &&
    headerish.length >= 2 &&
    rest.every((cell) => !/^[-<>~£]?[\d,.]+%?$/.test(cell))
  );
}

export function cleanCell(cell: string): string {
  return cell
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s*[•▪]\s*/, '')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A figure cell as printed: markup and spacing go, footnote marks ('618**') stay. */
export function printedCell(cell: string): string {
  return cell
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s*[•▪]\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Turns the tables and mentions found in the plans into indicators, observations and
 * data-quality notes. Coded indicators printed in several plans become one indicator with
 * one owner per plan and the figures of each printing; disagreeing printings get a note.
 */
import type {
  Indicator,
  IndicatorCode,
  Observation,
  QualityNote,
} from '../../../../src/data/contract/dataset-schema';
import type { SeedDocument } from '../../lib/seed';
import { slug } from '../../lib/source';
import {
  reprintsOfTheProgrammePlan,
  supportingIndependenceTargetShapes,
} from '../supporting-independence-2008';
import { findMentions, type Mention, type Role } from './catalogue';
import { codeId, idForCodes, parseCodes, parsePafLedTitle } from './codes';
import { splitComposites } from './composites';
import { continuations, corrections, type Continuation } from './corrections';
import { polarityFor, polarityFromTargets, unitFor } from './describe';
import { checkTitles } from './organisation';
import { readExtraTables, splitRows } from './extra-tables';
import { findFootnote, quoteFootnote, reasonFromFootnote, type Footnote } from './footnotes';
import { readPlanCell, type PlanCell } from './plan-cells';
import { cleanCell, codeTag, findTables, type Table, type TableRow } from './tables';
import { planSections, plans } from './units';

export interface RowAccount {
  line: number;
  nodeId: string;
  table: number;
  outcome: 'emitted' | 'comparison-table' | 'continuation' | 'split' | 'reprint';
  observations: number;
}

export interface BusinessPlans {
  indicators: Indicator[];
  observations: Observation[];
  notes: QualityNote[];
  /** Every table row holding a digit, and what became of it: nothing is dropped unaccounted. */
  rows: RowAccount[];
  tables: Table[];
  mentions: Mention[];
}

const rolePriority: Record<Role, number> = { lead: 3, support: 2, reports: 1 };

interface Draft {
  indicator: Indicator;
  printings: number;
  /** The plan and row title of each printing, to tell a reprint from a different measure. */
  printedAs: Array<{ nodeId: string; title: string }>;
}

/** What reading every table gathers, and the bookkeeping that proves nothing was dropped. */
interface PlanReading {
  document: SeedDocument;
  drafts: Map<string, Draft>;
  observations: Observation[];
  notes: QualityNote[];
  rows: RowAccount[];
  headerLines: ReadonlySet<number>;
  usedCorrections: Set<number>;
  usedContinuations: Set<number>;
  noteIds: Set<string>;
}

/** The facts about one table every row of it needs. */
interface TableContext {
  table: Table;
  tableIndex: number;
  firstHeaderLine: number;
  lastRowLine: number;
  /** Codes printed with different titles in this table: each title is a part of its own. */
  partCodes: Set<string>;
}

function addNote(reading: PlanReading, note: Omit<QualityNote, 'id'> & { id: string }): void {
  let id = note.id;
  for (let n = 2; reading.noteIds.has(id); n += 1) id = `${note.id}-${n}`;
  reading.noteIds.add(id);
  reading.notes.push({ ...note, id });
}

function addOwner(indicator: Indicator, nodeId: string, role: Role): void {
  const existing = indicator.owners.find((owner) => owner.nodeId === nodeId);
  if (!existing) indicator.owners.push({ nodeId, role, structureId: 'kcc-2008' });
  else if (rolePriority[role] > rolePriority[existing.role]) existing.role = role;
}

export function buildBusinessPlans(document: SeedDocument): BusinessPlans {
  checkTitles(document);
  const sections = planSections(document.lines.length);
  const tables = findTables(document, sections);
  const reading: PlanReading = {
    document,
    drafts: new Map(),
    observations: [],
    notes: [],
    rows: [],
    headerLines: new Set(tables.map((table) => table.headerLine)),
    usedCorrections: new Set(),
    usedContinuations: new Set(),
    noteIds: new Set(),
  };
  tables.forEach((table, tableIndex) => {
    readTable(reading, tables, table, tableIndex);
  });
  checkEveryCorrectionUsed(reading);
  const plans = finishPlans(reading, sections, tables);
  // Cells printing several figures ("61.65% actual 61.97%") become one figure each (issue 12).
  return { ...plans, ...splitComposites(plans.indicators, plans.observations) };
}

function readTable(reading: PlanReading, tables: Table[], table: Table, tableIndex: number): void {
  const { document } = reading;
  const context: TableContext = {
    table,
    tableIndex,
    firstHeaderLine: chainStart(document, tables, tableIndex),
    lastRowLine: table.rows.at(-1)?.line ?? table.headerLine,
    partCodes: codesWithSeveralTitles(table),
  };
  const columnNotes = table.columns.flatMap((column) =>
    column.kind === 'figure' && column.note ? [column.note] : [],
  );
  const tableIndicatorIds = new Set<string>();
  let previousRow: { line: number; indicatorId: string } | undefined;
  for (const row of table.rows) {
    const indicatorId = readRow(reading, context, row, previousRow);
    if (indicatorId !== undefined) {
      tableIndicatorIds.add(indicatorId);
      previousRow = { line: row.line, indicatorId };
    }
  }
  if (columnNotes.length > 0 && tableIndicatorIds.size > 0) {
    addNote(reading, {
      id: `bp2008-header-${table.headerLine}`,
      kind: 'ambiguous',
      text: `Table header: ${columnNotes.join('; ')}.`,
      indicatorIds: [...tableIndicatorIds],
      provenance: [document.at(table.headerLine)],
    });
  }
}

function codesWithSeveralTitles(table: Table): Set<string> {
  const titlesByCode = new Map<string, Set<string>>();
  for (const row of table.rows) {
    const title = cleanTitle(row.title || row.group || table.heading);
    const id = idForCodes(rowCodes(table, title));
    if (id) titlesByCode.set(id, (titlesByCode.get(id) ?? new Set()).add(title));
  }
  return new Set([...titlesByCode].filter(([, titles]) => titles.size > 1).map(([id]) => id));
}

function accountRow(
  reading: PlanReading,
  context: TableContext,
  row: TableRow,
  outcome: RowAccount['outcome'],
  observations = 0,
): void {
  reading.rows.push({
    line: row.line,
    nodeId: context.table.nodeId,
    table: context.tableIndex,
    outcome,
    observations,
  });
}

/** Reads one row; returns the indicator it became, if any. */
function readRow(
  reading: PlanReading,
  context: TableContext,
  row: TableRow,
  previousRow: { line: number; indicatorId: string } | undefined,
): string | undefined {
  const { document } = reading;
  const { table } = context;
  if (table.kind === 'comparison') {
    if (row.hasNumber) accountRow(reading, context, row, 'comparison-table');
    return undefined;
  }
  if (reprintsOfTheProgrammePlan.has(row.line)) {
    // The Supporting Independence plan's own table (000) files these figures, citing this printing too.
    accountRow(reading, context, row, 'reprint');
    return undefined;
  }
  if (splitRows.has(row.line)) {
    // Read by extra-tables.ts, one indicator per bullet of the row.
    accountRow(reading, context, row, 'split');
    return undefined;
  }
  const continuation = continuationOf(document, row.line);
  if (continuation) {
    reading.usedContinuations.add(continuation.line);
    if (row.hasNumber) accountRow(reading, context, row, 'continuation');
    return undefined;
  }
  if (row.isLabel && codeTag.test(row.title)) {
    addNote(reading, {
      id: `bp2008-tag-${row.line}`,
      kind: 'ambiguous',
      text: `The tag "${row.title}" is printed on a line of its own between two rows of the table${previousRow ? ` (the row above is line ${previousRow.line})` : ''}; the paper does not say which row it tags, so it is attached to none.`,
      indicatorIds: previousRow ? [previousRow.indicatorId] : [],
      provenance: [document.at(row.line), ...(previousRow ? [document.at(previousRow.line)] : [])],
    });
    return undefined;
  }
  const figureCells = row.cells.slice(table.firstFigure);
  if (row.isLabel || figureCells.every((cell) => cleanCell(cell) === '')) return undefined;
  const title = cleanTitle(row.title || row.group || table.heading);
  const tail = continuations.find((entry) => entry.of === row.line);
  const draft = draftFor(
    reading.drafts,
    table,
    row,
    title,
    table.columns.flatMap((column, index) =>
      column.kind === 'figure' ? [row.cells[index] ?? ''] : [],
    ),
    context.partCodes,
    document.line(table.headerLine),
  );
  const indicator = draft.indicator;
  indicator.provenance.push(document.at(row.line));
  if (tail) attachContinuation(reading, indicator, row, tail);
  addOwner(indicator, table.nodeId, indicator.id.startsWith('bp2008-') ? 'lead' : 'reports');
  if (
    row.cells.length > table.columns.length &&
    row.cells.slice(table.columns.length).some((cell) => cleanCell(cell) !== '')
  ) {
    addNote(reading, {
      id: `bp2008-shifted-${row.line}`,
      kind: 'garbled',
      text: `This row has more cells than its table's header (${row.cells.length} against ${table.columns.length}); the cells past the header are not read.`,
      indicatorIds: [indicator.id],
      provenance: [document.at(row.line), document.at(table.headerLine)],
    });
  }
  // A row that says it is cumulative ('(cumulative since 2006/07)') holds running totals in
  // every column, so its figures are not one year's alone.
  const rowBasis = /\bcumulative\b/i.test(row.cells[0] ?? '')
    ? ('cumulative' as const)
    : ('period' as const);
  let emitted = 0;
  const unreadable: string[] = [];
  table.columns.forEach((column, index) => {
    if (column.kind !== 'figure') return;
    const cellReading = readFigureCell(reading, context, {
      row,
      column,
      index,
      indicator,
      rowBasis,
      tail,
    });
    emitted += cellReading.emitted;
    if (cellReading.unreadable !== undefined) unreadable.push(cellReading.unreadable);
  });
  if (unreadable.length > 0) {
    addNote(reading, {
      id: `bp2008-unreadable-${row.line}`,
      kind: unreadable.some((text) => text.endsWith('(garbled)')) ? 'garbled' : 'ambiguous',
      text: `Cells holding more than one figure, or a figure inside words, are kept as printed with no value: ${unreadable.join('; ')}.`,
      indicatorIds: [indicator.id],
      provenance: [document.at(row.line)],
    });
  }
  if (row.hasNumber) accountRow(reading, context, row, 'emitted', emitted);
  return indicator.id;
}

/** A line printed below a row that belongs to it: its codes join the row's, with a note. */
function attachContinuation(
  reading: PlanReading,
  indicator: Indicator,
  row: TableRow,
  tail: Continuation,
): void {
  const { document } = reading;
  indicator.provenance.push(document.at(tail.line));
  for (const code of tail.codes ?? [])
    if (!indicator.codes.some((c) => c.framework === code.framework && c.code === code.code))
      indicator.codes.push(code);
  addNote(reading, {
    id: `bp2008-continuation-${tail.line}`,
    kind: tail.kind === 'code-tag' ? 'ambiguous' : 'other',
    text: `Line ${tail.line} ("${tail.printed.replace(/\t/g, ' | ')}") is not a row of its own: ${tail.reason}.`,
    indicatorIds: [indicator.id],
    provenance: [document.at(row.line), document.at(tail.line)],
  });
}

interface FigureCell {
  row: TableRow;
  column: Extract<Table['columns'][number], { kind: 'figure' }>;
  index: number;
  indicator: Indicator;
  rowBasis: 'cumulative' | 'period';
  tail: Continuation | undefined;
}

/** Files one figure cell as observations; says how many, and the cell if it could not be read. */
function readFigureCell(
  reading: PlanReading,
  context: TableContext,
  { row, column, index, indicator, rowBasis, tail }: FigureCell,
): { emitted: number; unreadable?: string } {
  const { document, observations } = reading;
  const raw = row.cells[index] ?? '';
  const correction = corrections.find(
    (entry) => entry.line === row.line && cleanCell(raw) === entry.printed,
  );
  const provenance = document.at(row.line, `column "${cleanCell(column.header)}"`);
  // 'Apr-Nov 07' columns are cumulative from April: filed under their last month as 'ytd'.
  const base = {
    indicatorId: indicator.id,
    area: 'kent',
    basis: column.basis ?? rowBasis,
    provenance,
  };
  if (correction) {
    reading.usedCorrections.add(row.line);
    observations.push({
      ...base,
      period: column.period,
      measure: column.measure,
      value: correction.value,
      printed: correction.printed,
      ...(correction.value === null
        ? { missing: { reason: 'garbled' as const, text: correction.reason } }
        : {}),
    });
    addNote(reading, {
      id: `bp2008-correction-${row.line}`,
      kind: correction.kind,
      text: `"${correction.printed}" (${cleanCell(column.header)}): ${correction.reason}.`,
      indicatorIds: [indicator.id],
      provenance: [document.at(row.line)],
    });
    return { emitted: 1 };
  }
  const wrapped =
    tail?.kind === 'wrapped-cells'
      ? cleanCell(document.line(tail.line).split('\t')[index] ?? '')
      : '';
  const read = readPlanCell(raw);
  const footnote =
    !Array.isArray(read) && read.kind !== 'blank' && read.mark
      ? findFootnote(document, read.mark, {
          rowLine: row.line,
          lastRowLine: context.lastRowLine,
          firstHeaderLine: context.firstHeaderLine,
          headerLines: reading.headerLines,
        })
      : undefined;
  const marked = footnote ? withFootnote(read, footnote) : read;
  // A cell that runs on past a page break keeps its printed part; its words are read whole.
  const cell =
    wrapped && !Array.isArray(marked) && marked.kind === 'missing'
      ? { ...marked, text: `${marked.text} ${wrapped}` }
      : marked;
  if (wrapped)
    base.provenance = {
      ...base.provenance,
      note: `${base.provenance.note}; the cell ends on line ${tail?.line}: "${wrapped}"`,
    };
  if (footnote)
    base.provenance = {
      ...provenance,
      note: `${provenance.note}; ${quoteFootnote(footnote)}`,
    };
  if (Array.isArray(cell)) {
    for (const one of cell) {
      observations.push({
        ...base,
        period: one.period,
        measure: column.measure,
        value: one.value,
        printed: one.printed,
      });
    }
    if (!cell.some((one) => one.period === column.period)) {
      addNote(reading, {
        id: `bp2008-other-year-${row.line}`,
        kind: 'ambiguous',
        text: `The "${cleanCell(column.header)}" cell prints its own year ("${cleanCell(raw)}"); it is filed under ${cell.map((one) => (/^\d{4}$/.test(one.period) ? `the calendar year ${one.period}` : one.period)).join(' and ')} as the cell says, as the column's measure (${column.measure}), and no ${column.period} figure is given.`,
        indicatorIds: [indicator.id],
        provenance: [document.at(row.line)],
      });
    }
    return { emitted: cell.length };
  }
  if (cell.kind === 'blank') return { emitted: 0 };
  if (cell.kind === 'value') {
    observations.push({
      ...base,
      period: column.period,
      measure: column.measure,
      value: cell.value,
      printed: cell.printed,
      ...(cell.text ? { text: cell.text } : {}),
    });
    if (cell.band) {
      observations.push({
        ...base,
        period: column.period,
        measure: 'band',
        value: cell.band.value,
        printed: cell.printed,
        text: cell.band.text,
      });
      return { emitted: 2 };
    }
    return { emitted: 1 };
  }
  observations.push({
    ...base,
    period: column.period,
    measure: column.measure,
    value: null,
    printed: cell.printed,
    missing: { reason: cell.reason, text: cell.text },
  });
  return cell.suspicious
    ? {
        emitted: 1,
        unreadable: `${cleanCell(column.header)}: "${cell.printed}"${cell.reason === 'garbled' ? ' (garbled)' : ''}`,
      }
    : { emitted: 1 };
}

/** Every reviewed correction and continuation must still meet its line in the paper. */
function checkEveryCorrectionUsed(reading: PlanReading): void {
  for (const correction of corrections) {
    if (!reading.usedCorrections.has(correction.line)) {
      throw new Error(
        `business plans: correction for line ${correction.line} ("${correction.printed}") no longer matches the paper`,
      );
    }
  }
  for (const continuation of continuations) {
    if (!reading.usedContinuations.has(continuation.line)) {
      throw new Error(
        `business plans: line ${continuation.line} is listed as a continuation of line ${continuation.of} but was not met in a table`,
      );
    }
  }
}

/** Owners from the lists of mentions, printings reconciled, the extra tables, and every rating. */
function finishPlans(
  reading: PlanReading,
  sections: ReturnType<typeof planSections>,
  tables: Table[],
): BusinessPlans {
  const { document, drafts, notes, rows } = reading;
  const mentions = findMentions(document, sections);
  applyMentions(document, mentions, drafts, addOwner);
  const reconciled = reconcilePrintings(document, reading.observations);
  notes.push(...reconciled.notes);
  notes.push(...unitConflicts(document, drafts, reconciled.kept));

  const kept = [...drafts.values()];
  notes.push(
    ...untitled(kept.filter((draft) => draft.printings > 0).map((draft) => draft.indicator)),
  );
  const extra = readExtraTables(document, sections, new Set(drafts.keys()), (id, line) =>
    drafts.get(id)?.indicator.provenance.push(document.at(line)),
  );
  notes.push(...extra.notes);
  const indicators = [
    ...kept.map((draft) => finish(draft, reconciled.kept)),
    // Rated like any table row: against a printed target, where the polarity is known.
    ...extra.indicators.map((indicator) =>
      finish({ indicator, printings: 1, printedAs: [] }, extra.observations),
    ),
  ];
  return {
    indicators,
    observations: [...reconciled.kept, ...extra.observations],
    notes,
    rows,
    tables,
    mentions,
  };
}

/** A continuation line, checked against the paper so an edited paper fails loudly. */
function continuationOf(document: SeedDocument, line: number): Continuation | undefined {
  const entry = continuations.find((candidate) => candidate.line === line);
  if (entry && document.line(line).trim() !== entry.printed) {
    throw new Error(
      `business plans: line ${line} should read "${entry.printed}" (a continuation of line ${entry.of})`,
    );
  }
  return entry;
}

/** The first table of a run whose header is reprinted after page breaks. */
function chainStart(document: SeedDocument, tables: Table[], index: number): number {
  let start = index;
  const header = document.line(tables[index]?.headerLine ?? 1);
  while (start > 0) {
    const previous = tables[start - 1];
    if (!previous || previous.nodeId !== tables[index]?.nodeId) break;
    if (document.line(previous.headerLine) !== header) break;
    start -= 1;
  }
  return tables[start]?.headerLine ?? 1;
}

/** A lone star takes its meaning from the footnote that explains it, quoted in full. */
function withFootnote(cell: PlanCell, footnote: Footnote): PlanCell {
  if (Array.isArray(cell) || cell.kind !== 'missing' || !/^\*+$/.test(cell.printed)) return cell;
  return {
    ...cell,
    reason: reasonFromFootnote(footnote.text),
    text: `"${cell.printed}": ${footnote.text} (footnote, line ${footnote.line})`,
  };
}

function cleanTitle(title: string): string {
  return cleanCell(title)
    .replace(/\s*\*+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const pafLedUnits = new Set(['childrens-social-services']);

function rowCodes(table: Table, title: string): IndicatorCode[] {
  const codes = parseCodes(title);
  const paf = pafLedUnits.has(table.nodeId) && codes.length === 0 ? parsePafLedTitle(title) : null;
  return paf ? [paf] : codes;
}

/**
 * A row whose only code is a Towards 2010 target measures progress on that target; the target
 * itself (t2010-N, a milestone) is a different thing, so such rows keep a local id and the code.
 */
function onlyT2010(codes: IndicatorCode[]): boolean {
  return codes.length > 0 && codes.every((code) => code.framework === 'T2010');
}

function draftFor(
  drafts: Map<string, Draft>,
  table: Table,
  row: TableRow,
  title: string,
  figureCells: string[],
  partCodes: Set<string>,
  /** The table's header as printed: it can say what every row counts ("Key Stage Outcomes"). */
  tableHeader: string,
): Draft {
  const codes = rowCodes(table, title);
  const codedId = onlyT2010(codes) ? null : idForCodes(codes);
  const coded = codedId && partCodes.has(codedId) ? null : codedId;
  const kind = table.kind === 'activity' ? 'activity' : 'performance';
  let componentOf: string | null = codedId && partCodes.has(codedId) ? codedId : null;
  if (coded) {
    const existing = drafts.get(coded);
    const sameUnitOtherTitle = existing?.printedAs.some(
      (p) => p.nodeId === table.nodeId && p.title !== title,
    );
    if (existing && sameUnitOtherTitle) componentOf = coded;
    else if (existing) {
      existing.printings += 1;
      existing.printedAs.push({ nodeId: table.nodeId, title });
      for (const code of codes) {
        if (
          !existing.indicator.codes.some(
            (c) => c.framework === code.framework && c.code === code.code,
          )
        )
          existing.indicator.codes.push(code);
      }
      return existing;
    }
  }
  // One plan printing one code on rows with different titles ('PAF C19 LAC immunisations',
  // 'PAF C19 LAC Dental Checks') is measuring parts of it: each part gets its own id.
  let id = componentOf
    ? `${componentOf}-${slug(title.replace(/\(?\b(PAF\s?[A-E]|BVPI|BV|NI|LPSA\s?2?|T2010|Towards 2010)\s?[:–-]?\s?(target\s)?\d+[a-z]?\b\)?/gi, ''))}`
        .slice(0, 120)
        .replace(/-+$/, '')
    : (coded ?? `bp2008-${table.nodeId}-${titleSlug(title)}`);
  if (!coded && drafts.has(id) && row.group) {
    // The same title under another heading of the plan ('OLDER PEOPLE', 'PEOPLE WITH A LEARNING DISABILITY').
    id = `bp2008-${table.nodeId}-${titleSlug(`${row.group} ${title}`)}`;
  }
  if (!coded || componentOf) {
    const base = id;
    for (let n = 2; drafts.has(id); n += 1) id = `${base}-${n}`;
  }
  const polarity = polarityFor(title, kind);
  const indicator: Indicator = {
    id,
    title,
    codes,
    kind,
    ...polarity,
    unit: unitFor(title, figureCells.map(cleanCell), tableHeader),
    frequency: 'annual',
    rule:
      kind === 'activity'
        ? { type: 'not-rated', reason: 'activity' }
        : { type: 'not-rated', reason: 'no-target' },
    ...(row.group && row.group !== title
      ? { description: `Listed under "${row.group}" in the ${planName(table.nodeId)} plan.` }
      : {}),
    ...(componentOf
      ? {
          description: `One part of ${componentOf.toUpperCase().replace('-', ' ')}, printed on its own row in the ${planName(table.nodeId)} plan.`,
        }
      : {}),
    owners: [],
    provenance: [],
  };
  const draft: Draft = { indicator, printings: 1, printedAs: [{ nodeId: table.nodeId, title }] };
  drafts.set(id, draft);
  return draft;
}

/** Keeps a sub-row's own label ('… – VI*') in the id when a long title must be shortened. */
function titleSlug(title: string): string {
  const cut = title.lastIndexOf(' – ');
  if (slug(title).length < 80 || cut < 0) return slug(title);
  return `${slug(title.slice(0, cut)).slice(0, 60).replace(/-+$/, '')}-${slug(title.slice(cut + 3))}`;
}

function planName(nodeId: string): string {
  return plans.find((plan) => plan.id === nodeId)?.name ?? nodeId;
}

/** A performance indicator with a numeric target is rated against it; the rest say why not. */
/**
 * The plans print codes ahead of the title ('PAF C28 BVPI 53. KPI Intensive Home Care …', 'A1 Percentage …').
 * The codes live in `codes` and the row as printed in provenance, so the title is the words alone.
 */
const LEADING_CODE =
  /^(?:(?:PAF|BVPI|BV|NI|LPSA\s?2?)\s*[A-E]?\d+[a-z]?|[A-E]\d{1,2})(?:\s*[.:,–-]\s*|\s+)(?:KPI\s+)?/;

export function titleWithoutCodes(title: string, codes: readonly { code: string }[]): string {
  if (codes.length === 0) return title;
  let words = title;
  for (let match = LEADING_CODE.exec(words); match; match = LEADING_CODE.exec(words)) {
    words = words.slice(match[0].length);
  }
  const cleaned = words.replace(/^[-–.:,\s]+/, '').trim();
  return cleaned.length >= 3 ? cleaned.charAt(0).toUpperCase() + cleaned.slice(1) : title;
}

function finish(draft: Draft, observations: Observation[]): Indicator {
  let { indicator } = draft;
  indicator = { ...indicator, title: titleWithoutCodes(indicator.title, indicator.codes) };
  const { printings } = draft;
  if (indicator.kind !== 'performance') return indicator;
  // Listed in a catalogue (a role table or a list of NIs) with no table row: nothing to rate against yet.
  if (printings === 0) return { ...indicator, rule: { type: 'not-rated', reason: 'no-target' } };
  const own = observations.filter((o) => o.indicatorId === indicator.id);
  const hasTarget = own.some((o) => o.measure === 'target' && o.value !== null);
  const hasFigures = own.some((o) => o.value !== null);
  const stated =
    indicator.polarity === 'unknown'
      ? polarityFromTargets(
          indicator.title,
          indicator.unit,
          own.flatMap((o) =>
            o.value === null ||
            o.area !== 'kent' ||
            (o.basis !== 'period' && o.basis !== 'cumulative')
              ? []
              : [{ period: o.period, measure: o.measure, value: o.value }],
          ),
        )
      : null;
  if (stated) indicator = { ...indicator, ...stated };
  // The regulator's published PAF band is a judgement in its own right, so it rates the figure.
  const hasBands = own.some((o) => o.measure === 'band' && o.value !== null);
  return {
    ...indicator,
    rule: hasBands
      ? { type: 'paf-bands' }
      : // A printed target is rated by Kent's rule even when the direction is unknown: the
        // status then says that, rather than claiming no target is set.
        hasTarget
        ? { type: 'target-floor' }
        : { type: 'not-rated', reason: !hasFigures ? 'no-data' : 'no-target' },
  };
}

/** 'NI 183 -' with nothing after it: the paper gives the code but not the title. */
function untitled(indicators: Indicator[]): QualityNote[] {
  return indicators
    .filter((indicator) => indicator.provenance.length > 0)
    .filter(
      (indicator) =>
        indicator.title
          .replace(/\b(NI|PAF|BVPI|T2010)\s?[A-E]?\d+[a-z]?\b|Towards 2010 Target \d+/gi, '')
          .replace(/[\s–:.-]/g, '') === '',
    )
    .filter((indicator) => indicator.provenance.some((p) => /\t/.test(p.row)))
    .map((indicator) => ({
      id: `bp2008-untitled-${indicator.id}`,
      kind: 'other' as const,
      text: `The plans print ${indicator.title.replace(/\s*[-–]\s*$/, '')} in a table without its title.`,
      indicatorIds: [indicator.id],
      provenance: indicator.provenance.slice(0, 1),
    }));
}

function applyMentions(
  document: SeedDocument,
  mentions: Mention[],
  drafts: Map<string, Draft>,
  addOwner: (indicator: Indicator, nodeId: string, role: Role) => void,
): void {
  const officers = new Map<string, string[]>();
  const targetTitles = new Map<string, string>();
  for (const mention of mentions) {
    const code: IndicatorCode = { framework: mention.framework, code: mention.code };
    const id = codeId(code);
    let draft = drafts.get(id);
    if (!draft) {
      draft = {
        printings: 0,
        printedAs: [],
        indicator:
          mention.framework === 'NI'
            ? {
                id,
                title: `NI ${mention.code}`,
                codes: [code],
                kind: 'performance',
                polarity: 'unknown',
                polarityReason: 'the plans give the title only; no direction is stated',
                unit: { type: 'count', label: 'not stated in the paper' },
                frequency: 'annual',
                rule: { type: 'not-rated', reason: 'no-target' },
                owners: [],
                provenance: [],
              }
            : {
                id,
                title: `Towards 2010 Target ${mention.code}`,
                codes: [code],
                kind: 'milestone',
                polarity: 'unknown',
                polarityReason: 'a target reported in words, not a figure',
                unit: { type: 'text' },
                frequency: 'annual',
                rule: { type: 'milestone' },
                // The Supporting Independence plan (seed 000) also declares some of these targets,
                // with figures; the dataset merges the two, so they must agree on what it measures.
                ...supportingIndependenceTargetShapes.get(id),
                owners: [],
                provenance: [],
              },
      };
      drafts.set(id, draft);
    }
    const indicator = draft.indicator;
    if (mention.title && isPlaceholderTitle(indicator) && mention.title.length > 3) {
      indicator.title =
        mention.framework === 'NI'
          ? `NI ${mention.code} – ${mention.title}`
          : `Target ${mention.code} – ${mention.title}`;
    } else if (
      mention.title &&
      draft.printings > 0 &&
      mention.framework === 'T2010' &&
      !targetTitles.has(id)
    ) {
      targetTitles.set(
        id,
        `Towards 2010 Target ${mention.code} – ${mention.title} (line ${mention.line})`,
      );
    } else if (
      mention.title &&
      draft.printings === 0 &&
      mention.role &&
      indicator.title.length < mention.title.length + 8
    ) {
      // A later printing with a stated role may carry the full title where an earlier one wrapped.
      indicator.title =
        mention.framework === 'NI'
          ? `NI ${mention.code} – ${mention.title}`
          : `Target ${mention.code} – ${mention.title}`;
    }
    if (!indicator.provenance.some((p) => p.line === mention.line))
      indicator.provenance.push(document.at(mention.line));
    if (mention.role) addOwner(indicator, mention.nodeId, mention.role);
    if (mention.officers) {
      const list = officers.get(id) ?? [];
      list.push(`${planName(mention.nodeId)}: ${mention.officers} (line ${mention.line})`);
      officers.set(id, list);
    }
  }
  for (const [id, title] of targetTitles) {
    const draft = drafts.get(id);
    if (draft) draft.indicator.description = `Measures progress on ${title}.`;
  }
  for (const [id, list] of officers) {
    const draft = drafts.get(id);
    if (!draft) continue;
    const lead = `Lead officers named in the plans: ${list.join('; ')}.`;
    draft.indicator.description = draft.indicator.description
      ? `${draft.indicator.description} ${lead}`
      : lead;
  }
}

function isPlaceholderTitle(indicator: Indicator): boolean {
  return /^(NI \d+|Towards 2010 Target \d+)$/.test(indicator.title);
}

/**
 * The data contract holds one figure per indicator, area, period and measure. Where plans print
 * the same coded indicator with different figures, the first printing with a value is kept, the
 * others are dropped from the series, and a contradiction note quotes every printing.
 */
function reconcilePrintings(
  document: SeedDocument,
  observations: Observation[],
): { kept: Observation[]; notes: QualityNote[] } {
  const notes: QualityNote[] = [];
  const groups = new Map<string, Observation[]>();
  for (const observation of observations) {
    const key = `${observation.indicatorId}|${observation.period}|${observation.measure}`;
    groups.set(key, [...(groups.get(key) ?? []), observation]);
  }
  const dropped = new Set<Observation>();
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    const keep = group.find((o) => o.value !== null) ?? group[0];
    if (!keep) continue;
    for (const o of group)
      if (o !== keep && (o.value !== keep.value || o.text !== keep.text)) dropped.add(o);
    const values = new Set(group.flatMap((o) => (o.value === null ? [] : [o.value])));
    if (values.size < 2) continue;
    const [indicatorId = '', period = '', measure = ''] = key.split('|');
    notes.push({
      id: `bp2008-contradiction-${slug(`${indicatorId}-${measure}-${period}`)}`,
      kind: 'contradiction',
      text: `The plans print different ${measure} figures for ${period}: ${group.map((o) => `"${o.printed ?? o.value}" (line ${o.provenance?.line})`).join(', ')}. They may cover different parts of the council and the paper does not say which is the county figure; the series shows the first printing (line ${keep.provenance?.line}) only.`,
      indicatorIds: [indicatorId],
      provenance: group.flatMap((o) => (o.provenance ? [document.at(o.provenance.line)] : [])),
    });
  }
  return { kept: observations.filter((o) => !dropped.has(o)), notes };
}

/** A rate per 1,000 printed with a % sign (or the reverse) is flagged, not silently converted. */
function unitConflicts(
  document: SeedDocument,
  drafts: Map<string, Draft>,
  observations: Observation[],
): QualityNote[] {
  const notes: QualityNote[] = [];
  for (const { indicator } of drafts.values()) {
    if (indicator.unit.type !== 'rate') continue;
    const lines = [
      ...new Set(
        observations
          .filter((o) => o.indicatorId === indicator.id && /%/.test(o.printed ?? ''))
          .map((o) => o.provenance?.line ?? 0),
      ),
    ];
    if (lines.length === 0) continue;
    notes.push({
      id: `bp2008-unit-${indicator.id}`,
      kind: 'typo',
      text: `${indicator.title.slice(0, 80)} is a rate per ${indicator.unit.per?.toLocaleString('en-GB')}, but its figures are printed with a % sign on line ${lines.join(', ')}; the numbers are kept as printed.`,
      indicatorIds: [indicator.id],
      provenance: lines.map((line) => document.at(line)),
    });
  }
  return notes;
}

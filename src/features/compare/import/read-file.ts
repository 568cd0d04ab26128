/**
 * From a recognised file to figures: the user's choices (measure, value column, breakdowns,
 * decimal mark, what to do with duplicates) applied, every area matched, every period read, and
 * every row that could not be used reported by its row number. Runs in a Web Worker for big files,
 * so it is plain data in, plain data out.
 */
import { readFilePeriod } from '@/domain/file-periods';
import type { Area } from '@/data/contract/dataset-schema';
import { readNumber, type NumberLocale } from '@/lib/read-number';
import { checkWidths, parseTable, type RowProblem, type TableRow } from '@/lib/parse-table';
import { recogniseLayout, unitOfValueColumn, type FileUnit, type Layout } from './layout';
import type { AreaMatcher } from './match-area';

export interface Breakdown {
  column: number;
  header: string;
  values: string[];
}

export interface FileAnalysis {
  layout: Layout;
  rows: TableRow[];
  /** Rows the parser could not read: unclosed quotes, short and long rows. */
  problems: RowProblem[];
  measures: string[];
  breakdowns: Breakdown[];
}

export type DuplicateChoice = 'first' | 'last' | 'leave-out';

export interface ImportChoices {
  measure?: string | undefined;
  valueColumn?: number | undefined;
  /** Column → the value kept; rows with any other value are left out. */
  breakdowns: Record<number, string>;
  numberLocale: NumberLocale;
  duplicates: DuplicateChoice;
}

export interface ImportedFigure {
  areaId: string;
  name: string;
  code?: string | undefined;
  areaType: Area['type'];
  isReference: boolean;
  period: string;
  value: number;
  printed: string;
  /** The row of the file the figure was read from. */
  row: number;
}

export interface Duplicate {
  areaId: string;
  name: string;
  period: string;
  rows: number[];
}

export interface FileReading {
  figures: ImportedFigure[];
  problems: RowProblem[];
  /** Cells saying 'no figure' ('..', 'NA', 'c', 'u', blank): skipped, not problems. */
  skipped: number;
  duplicates: Duplicate[];
  unit?: FileUnit | undefined;
  title?: string | undefined;
  /** Areas the register did not know, imported under the file's name. */
  unmatched: string[];
  /** Groupings that are neither councils nor England or a region (PHE centres, deciles): left out. */
  otherAggregates: number;
}

const NO_FIGURE = /^(|-|–|—|\.\.|\.|:|x|c|u|z|low|k|n\/a|na|null|not available|\*|~|suppressed)$/i;
const DEFAULT_BREAKDOWN = /^(|total|all|all ages|persons|people|all persons)$/i;
const MAX_EXAMPLES = 3;

export function analyseFile(text: string): FileAnalysis {
  const table = parseTable(text);
  const layout = recogniseLayout(table.rows);
  const data = table.rows.slice(layout.dataIndex);
  const widths = checkWidths(data, layout.headers.length);
  const distinctOf = (column: number) => [
    ...new Set(widths.rows.map((r) => (r.cells[column] ?? '').trim())),
  ];
  return {
    layout,
    rows: widths.rows,
    problems: [...table.problems, ...widths.problems].sort((a, b) => a.row - b.row),
    measures:
      layout.measure === undefined ? [] : distinctOf(layout.measure).filter((m) => m !== ''),
    breakdowns: layout.breakdownColumns.map((column) => ({
      column,
      header: layout.headers[column] ?? `Column ${column + 1}`,
      values: distinctOf(column),
    })),
  };
}

/** The choices a preview opens with: totals for breakdowns, and no measure until the user picks. */
export function defaultChoices(
  analysis: Pick<FileAnalysis, 'layout' | 'measures' | 'breakdowns'>,
): ImportChoices {
  const breakdowns: Record<number, string> = {};
  for (const b of analysis.breakdowns)
    breakdowns[b.column] = b.values.find((v) => DEFAULT_BREAKDOWN.test(v)) ?? b.values[0] ?? '';
  return {
    measure: analysis.measures.length === 1 ? analysis.measures[0] : undefined,
    valueColumn: analysis.layout.valueColumns[0],
    breakdowns,
    numberLocale: 'point',
    duplicates: 'first',
  };
}

interface Candidate {
  row: number;
  areaCode: string;
  areaName: string;
  level: string;
  periodText: string;
  timeIdentifier: string;
  printed: string;
  periodColumn: string;
}

/** Each data row as candidates (one per period column in a wide file), filtered by the choices. */
function candidates(analysis: FileAnalysis, choices: ImportChoices): Candidate[] {
  const { layout } = analysis;
  const cell = (row: TableRow, column: number | undefined) =>
    column === undefined ? '' : (row.cells[column] ?? '').trim();
  const breakdownEntries = Object.entries(choices.breakdowns).map(
    ([column, value]) => [Number(column), value] as const,
  );
  const out: Candidate[] = [];
  const dfe = layout.kind === 'dfe-ees' ? dfeColumns(layout) : undefined;
  for (const row of analysis.rows) {
    if (layout.measure !== undefined && cell(row, layout.measure) !== choices.measure) continue;
    if (breakdownEntries.some(([column, value]) => cell(row, column) !== value)) continue;
    const level = cell(row, layout.level);
    let areaCode = cell(row, layout.areaCode);
    let areaName = cell(row, layout.areaName);
    if (dfe && /national/i.test(level)) {
      areaCode = cell(row, dfe.countryCode);
      areaName = cell(row, dfe.countryName);
    } else if (dfe && /regional/i.test(level)) {
      areaCode = cell(row, dfe.regionCode);
      areaName = cell(row, dfe.regionName);
    } else if (dfe && areaCode === '') {
      areaCode = cell(row, dfe.oldCode);
    }
    const base = { row: row.row, areaCode, areaName, level };
    if (layout.periodColumns.length > 0 && layout.period === undefined) {
      for (const pc of layout.periodColumns)
        out.push({
          ...base,
          periodText: pc.periodText,
          timeIdentifier: '',
          printed: cell(row, pc.column),
          periodColumn: pc.header,
        });
    } else {
      out.push({
        ...base,
        periodText: cell(row, layout.period),
        timeIdentifier: cell(row, layout.timeIdentifier),
        printed: cell(row, choices.valueColumn),
        periodColumn: layout.headers[layout.period ?? -1] ?? 'period',
      });
    }
  }
  return out;
}

function dfeColumns(layout: Layout) {
  const at = (name: string) => {
    const i = layout.headers.findIndex((h) => h.trim().toLowerCase() === name);
    return i === -1 ? undefined : i;
  };
  return {
    countryCode: at('country_code'),
    countryName: at('country_name'),
    regionCode: at('region_code'),
    regionName: at('region_name'),
    oldCode: at('old_la_code'),
  };
}

const PROGRESS_EVERY = 5_000;

export function readFileFigures(
  analysis: FileAnalysis,
  choices: ImportChoices,
  matchArea: AreaMatcher,
  options: { onProgress?: (done: number, total: number) => void } = {},
): FileReading {
  const { layout } = analysis;
  const problems: RowProblem[] = [...analysis.problems];
  if (layout.measure !== undefined && choices.measure === undefined) {
    return {
      figures: [],
      problems: [
        ...problems,
        {
          row: layout.headingIndex + 1,
          message: `choose one of the ${analysis.measures.length} measures in the column "${layout.headers[layout.measure] ?? ''}"`,
        },
      ],
      skipped: 0,
      duplicates: [],
      unmatched: [],
      otherAggregates: 0,
    };
  }
  if (
    layout.periodColumns.length === 0 &&
    (layout.period === undefined || choices.valueColumn === undefined)
  ) {
    problems.push({
      row: layout.headingIndex + 1,
      message:
        'no column heading reads as a period (for example 2010/11 or Mar 2012), and no column holds periods and values',
    });
  }
  const figures: ImportedFigure[] = [];
  let skipped = 0;
  let otherAggregates = 0;
  const unmatched = new Set<string>();
  const periodCache = new Map<string, string | null>();
  const unreadPeriods = new Map<string, { examples: Set<string>; rows: number }>();

  const all = candidates(analysis, choices);
  let done = 0;
  for (const c of all) {
    done += 1;
    if (done % PROGRESS_EVERY === 0) options.onProgress?.(done, all.length);
    const area = matchArea({ code: c.areaCode, name: c.areaName, level: c.level });
    if (area === null) {
      problems.push({ row: c.row, message: 'the area has no name and no code' });
      continue;
    }
    if (area.isReference && area.type === 'average') {
      otherAggregates += 1;
      continue;
    }
    const periodKey = `${c.periodText}\u0000${c.timeIdentifier}`;
    let period = periodCache.get(periodKey);
    if (period === undefined) {
      period = readFilePeriod(c.periodText, { timeIdentifier: c.timeIdentifier });
      periodCache.set(periodKey, period);
    }
    if (period === null) {
      const entry = unreadPeriods.get(c.periodColumn) ?? { examples: new Set<string>(), rows: 0 };
      if (entry.examples.size < MAX_EXAMPLES)
        entry.examples.add(
          c.timeIdentifier ? `${c.periodText} (${c.timeIdentifier})` : c.periodText,
        );
      entry.rows += 1;
      unreadPeriods.set(c.periodColumn, entry);
      continue;
    }
    if (NO_FIGURE.test(c.printed)) {
      skipped += 1;
      continue;
    }
    const reading = readNumber(c.printed, choices.numberLocale);
    if (!reading.ok) {
      const hint =
        reading.otherLocale === 'comma'
          ? '; if the file writes decimal commas, choose "Decimal comma"'
          : reading.otherLocale === 'point'
            ? '; if the file writes decimal points, choose "Decimal point"'
            : '';
      problems.push({
        row: c.row,
        message: `the value ${reading.problem} (${area.name}, ${c.periodText})${hint}`,
      });
      continue;
    }
    if (area.matchedBy === 'unmatched') unmatched.add(area.name);
    figures.push({
      areaId: area.areaId,
      name: area.name,
      code: area.code,
      areaType: area.type,
      isReference: area.isReference,
      period,
      value: reading.value,
      printed: c.printed,
      row: c.row,
    });
  }
  for (const [column, entry] of unreadPeriods) {
    problems.push({
      row: layout.headingIndex + 1,
      message: `the column "${column}" holds periods that cannot be read (${[...entry.examples].map((e) => `"${e}"`).join(', ')}); ${entry.rows} ${entry.rows === 1 ? 'figure was' : 'figures were'} left out`,
    });
  }
  const { kept, duplicates } = resolveDuplicates(figures, choices.duplicates);
  const valueHeader =
    choices.valueColumn === undefined ? '' : (layout.headers[choices.valueColumn] ?? '');
  return {
    figures: kept,
    problems: problems.sort((a, b) => a.row - b.row),
    skipped,
    duplicates,
    unit: layout.unit ?? unitOfValueColumn(valueHeader),
    title: layout.kind === 'long-measure' ? choices.measure : (layout.title ?? choices.measure),
    unmatched: [...unmatched],
    otherAggregates,
  };
}

/** Two figures for one area and period: reported, and kept as the user chooses. One pass. */
function resolveDuplicates(
  figures: readonly ImportedFigure[],
  choice: DuplicateChoice,
): { kept: ImportedFigure[]; duplicates: Duplicate[] } {
  const byKey = new Map<string, ImportedFigure[]>();
  for (const figure of figures) {
    const key = `${figure.areaId}\u0000${figure.period}`;
    const list = byKey.get(key);
    if (list) list.push(figure);
    else byKey.set(key, [figure]);
  }
  const kept: ImportedFigure[] = [];
  const duplicates: Duplicate[] = [];
  for (const list of byKey.values()) {
    const first = list[0];
    if (first === undefined) continue;
    if (list.length === 1) {
      kept.push(first);
      continue;
    }
    duplicates.push({
      areaId: first.areaId,
      name: first.name,
      period: first.period,
      rows: list.map((f) => f.row),
    });
    if (choice === 'first') kept.push(first);
    else if (choice === 'last') kept.push(list[list.length - 1] ?? first);
  }
  return { kept, duplicates };
}

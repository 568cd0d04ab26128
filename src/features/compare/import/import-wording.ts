/**
 * The words of the import preview and its result, as pure functions so they are tested as
 * sentences: what was recognised, what will be imported, and what was left out and why.
 */
import { AUTHORITY_TYPE_NAMES, isAuthorityType } from '@/data/reference/area-codes';
import { formatPeriod, sortPeriodIds } from '@/domain/periods';
import type { RowProblem } from '@/lib/parse-table';
import type { FileReading, ImportedFigure } from './read-file';

export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

export function formatProblem(problem: RowProblem): string {
  return `Row ${problem.row}: ${problem.message}`;
}

/** 'Barnet, Bexley and Brent' */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

/** '32 London boroughs', '27 counties, 130 unitary authorities and 204 districts' */
export function describeAreas(figures: readonly ImportedFigure[]): string {
  const byType = new Map<string, Set<string>>();
  for (const f of figures) {
    if (f.isReference) continue;
    const set = byType.get(f.areaType) ?? new Set<string>();
    set.add(f.areaId);
    byType.set(f.areaType, set);
  }
  const parts = [...byType].map(([type, ids]) =>
    isAuthorityType(type)
      ? plural(ids.size, AUTHORITY_TYPE_NAMES[type].one, AUTHORITY_TYPE_NAMES[type].many)
      : plural(ids.size, 'other area', 'other areas'),
  );
  return parts.length === 0 ? 'no councils' : joinWords(parts);
}

/** 'England and 9 regions, shown as reference lines and never ranked' */
export function describeReferences(figures: readonly ImportedFigure[]): string | null {
  const names = new Map<string, string>();
  for (const f of figures) if (f.isReference) names.set(f.areaId, f.name);
  if (names.size === 0) return null;
  const list = [...names.values()];
  const shown =
    list.length > 4
      ? `${list.slice(0, 3).join(', ')} and ${list.length - 3} more`
      : joinWords(list);
  return `${shown}: reference lines, never ranked`;
}

/** 'Q1 2010/11 to Q1 2022/23 (49 periods)' */
export function describePeriods(figures: readonly ImportedFigure[]): string {
  const periods = sortPeriodIds([...new Set(figures.map((f) => f.period))]);
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (first === undefined || last === undefined) return 'none';
  if (first === last) return formatPeriod(first);
  return `${formatPeriod(first)} to ${formatPeriod(last)} (${plural(periods.length, 'period', 'periods')})`;
}

/** The one-line outcome the preview's button and the notice share. */
export function describeOutcome(
  reading: Omit<FileReading, 'figures'> & { figureCount: number },
): string {
  const parts = [`${plural(reading.figureCount, 'figure', 'figures')} to import`];
  if (reading.skipped > 0)
    parts.push(
      `${plural(reading.skipped, 'empty or suppressed cell', 'empty or suppressed cells')} skipped`,
    );
  if (reading.problems.length > 0)
    parts.push(
      `${plural(reading.problems.length, 'problem', 'problems')} (listed below; those rows are left out)`,
    );
  if (reading.duplicates.length > 0)
    parts.push(
      plural(
        reading.duplicates.length,
        'area and period given twice',
        'areas and periods given more than once',
      ),
    );
  if (reading.otherAggregates > 0)
    parts.push(
      `${plural(reading.otherAggregates, 'figure', 'figures')} for other groupings (such as PHE centres or combined authorities) left out`,
    );
  return `${parts.join('; ')}.`;
}

/** What happened to each duplicate, in words, under the chosen rule. */
export function describeDuplicate(
  duplicate: FileReading['duplicates'][number],
  choice: 'first' | 'last' | 'leave-out',
): string {
  const rows = joinWords(duplicate.rows.map(String));
  const what =
    choice === 'first'
      ? `row ${duplicate.rows[0] ?? ''} is used`
      : choice === 'last'
        ? `row ${duplicate.rows[duplicate.rows.length - 1] ?? ''} is used`
        : 'neither is used';
  return `${duplicate.name}, ${formatPeriod(duplicate.period)}: rows ${rows}; ${what}`;
}

/** The progress bar's label while each step runs. */
export const progressLabels = {
  reading: (fileName: string) => `Reading ${fileName}`,
  recognising: (fileName: string) => `Recognising the layout of ${fileName}`,
  readingFigures: 'Reading figures',
  importing: (figureCount: number) => `Importing ${plural(figureCount, 'figure', 'figures')}`,
} as const;

/** The notice after an import: how many figures, and where to find them. */
export function importedMessage(figureCount: number, fileName: string): string {
  return `Imported ${plural(figureCount, 'figure', 'figures')} from ${fileName}. Choose a group “in ${fileName}” under “Compare with” to compare on the file’s own figures.`;
}

/** 'june.csv is empty.' */
export function emptyFileMessage(fileName: string): string {
  return `${fileName} is empty.`;
}

/** Why a file could not be read or recognised, with its name. */
export function unreadableMessage(fileName: string, error: unknown): string {
  return `${fileName}: ${error instanceof Error ? error.message : 'could not be read as text.'}`;
}

/** A failure while reading figures, in its own words. */
export function failureMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

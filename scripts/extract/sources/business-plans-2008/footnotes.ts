/**
 * Footnotes the plans print beside their tables ('** Estimate was configured with PD and LD…',
 * '*** indicates a cohort of less than 40…**' in bold, '<p>*As at 25.02.08…</p> <p>** Next year…</p>').
 * A starred cell's mark is looked up under its table first, then above the table's first header.
 */
import type { MissingReason } from '../../../../src/data/contract/dataset-schema';
import type { SeedDocument } from '../../lib/seed';

export interface Footnote {
  mark: string;
  line: number;
  text: string;
}

/** How far past a table's last row, and above its first header, a footnote may sit. */
const BELOW = 15;
const ABOVE = 12;

export function footnotesOn(text: string): Array<{ mark: string; text: string }> {
  const cells = text.split('\t');
  // A footnote is one cell of words; a table row with several filled cells is not one.
  if (cells.slice(1).some((cell) => cell.trim() !== '')) return [];
  const first = cells[0]?.trim() ?? '';
  const paragraphs = [...first.matchAll(/<p>(.*?)<\/p>/g)].map((match) => match[1] ?? '');
  const segments = paragraphs.length > 0 ? paragraphs : [first];
  return segments.flatMap((segment) => {
    const trimmed = segment.trim();
    // Markdown bold around a footnote: '*** indicates …**' is '* indicates …' in bold.
    const bold = /^\*\*(\*+.*?)\*\*$/.exec(trimmed);
    const match = /^(\*+)\s*([^*\s].*)$/.exec(bold?.[1] ?? trimmed);
    return match?.[1] && match[2] ? [{ mark: match[1], text: match[2].trim() }] : [];
  });
}

export interface FootnoteSearch {
  /** The line of the starred row. */
  rowLine: number;
  /** The table's last row: footnotes below it are searched up to BELOW lines further. */
  lastRowLine: number;
  /** The header of the first table of a run continued across page breaks. */
  firstHeaderLine: number;
  /** Header lines of every table, to stop a search at the next table. */
  headerLines: ReadonlySet<number>;
}

export function findFootnote(
  document: SeedDocument,
  mark: string,
  search: FootnoteSearch,
): Footnote | undefined {
  const at = (line: number) =>
    footnotesOn(document.lines[line - 1] ?? '').find((note) => note.mark === mark);
  const last = Math.min(search.lastRowLine + BELOW, document.lines.length);
  for (let line = search.rowLine + 1; line <= last; line += 1) {
    if (line > search.lastRowLine && search.headerLines.has(line)) break;
    const note = at(line);
    if (note) return { ...note, line };
  }
  // Above the table, a footnote may sit under the table before it ('** Estimate was configured
  // with PD and LD', printed under Older People, marks the learning and physical disability rows too).
  for (let line = search.firstHeaderLine - 1; line >= search.firstHeaderLine - ABOVE; line -= 1) {
    const note = at(line);
    if (note) return { ...note, line };
  }
  return undefined;
}

/** What a footnote on a cell with no figure says about it, when it says it plainly. */
export function reasonFromFootnote(text: string): MissingReason {
  if (/\bwill be available|available (from|w\/c|in)\b|not yet (known|available)|due\b/i.test(text))
    return 'not-yet-due';
  if (/no (statutory )?target (was |is )?set|not applicable/i.test(text)) return 'not-applicable';
  return 'other';
}

export function quoteFootnote(note: Footnote): string {
  const text = note.text.length > 300 ? `${note.text.slice(0, 300)}…` : note.text;
  return `footnote ${note.mark} (line ${note.line}): "${text}"`;
}

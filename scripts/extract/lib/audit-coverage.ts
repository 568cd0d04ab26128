/**
 * Table rows in the papers that print a figure but that no record cites: candidates for rows an
 * extractor skipped. Prose lines are left out. Each uncited row is explained where its table
 * says what it holds (a budget, a staffing table), and left unexplained otherwise, so the audit
 * can drive the unexplained ones down to rows a reviewer has looked at.
 */
import { provenancesOf, type NamedBundle, type PaperLines } from './audit-checks';
import { cellsOf } from './audit-cells';
import { reviewedRange, type UncitedReasonKind } from './uncited-review';

const FIGURE = /^[<>≤≥~]?\s*-?£?\d[\d,]*(\.\d+)?\s*(%|k|m)?\**$/i;
const YEAR_ONLY = /^(\(?(19|20)\d{2}([/-]\d{2,4})?\)?|\d{2}\/\d{2})$/;

/** Why a row no record cites is out of scope; null when nothing explains it. */
export type UncitedReason = UncitedReasonKind | null;

export interface UncitedRow {
  document: string;
  line: number;
  text: string;
  reason: UncitedReason;
  /** Where the reason comes from: the table's own heading, or the reviewed list. */
  explainedBy?: 'heading' | 'reviewed list';
  why?: string;
}

/** How far up a table the audit looks for the heading that says what the table holds. */
const HEADING_REACH = 80;
// Whole words only: 'rate' must not match inside 'Directorate' (issue 12).
const BUDGET =
  /£|\bbudgets?\b|\bcosts?\b|\bexpenditure\b|\bincome\b|\bspend\b|\bgross\b|\bnet\b|\boverheads?\b|\brevenue\b|\bcapital\b|\bgrants?\b/i;
const STAFFING = /\bFTEs?\b|\bstaff(ing)?\b|\bposts?\b|\bheadcount\b|\bestablishment\b/i;

/**
 * What a table says it holds: its heading (the first line above it that is not a table row) and
 * its first row (the column headers). Row labels in between are not read: a long label that
 * mentions "staff" does not make an activity table a staffing table (issue 12, 004 line 1335).
 */
function tableContext(lines: readonly string[], index: number): string {
  const isRow = (text: string) => text.includes('\t') || /\s\|\s/.test(text);
  let top = index;
  for (let k = index - 1; k >= 0 && index - k < HEADING_REACH; k -= 1) {
    const text = lines[k] ?? '';
    if (text.trim() === '') continue;
    if (!isRow(text)) return `${text}\n${lines[top] ?? ''}\n${lines[index] ?? ''}`;
    top = k;
  }
  return `${lines[top] ?? ''}\n${lines[index] ?? ''}`;
}

/** Budget lines and staffing tables are out of the dataset's scope; anything else needs a look. */
export function explainUncited(
  lines: readonly string[],
  index: number,
): 'budget' | 'staffing' | null {
  const context = tableContext(lines, index);
  if (BUDGET.test(context)) return 'budget';
  if (STAFFING.test(context)) return 'staffing';
  return null;
}

/** True for a table row (tab or pipe separated) with at least one figure after its label. */
export function printsFigures(text: string): boolean {
  if (!text.includes('\t') && !/\s\|\s/.test(text)) return false;
  return cellsOf(text)
    .slice(1)
    .some((cell) => FIGURE.test(cell) && !YEAR_ONLY.test(cell));
}

export function uncitedRows(
  bundles: NamedBundle[],
  paper: PaperLines,
  documents: string[],
): UncitedRow[] {
  const cited = new Set<string>();
  for (const { bundle } of bundles)
    for (const { provenance } of provenancesOf(bundle))
      cited.add(`${provenance.document}:${provenance.line}`);
  const out: UncitedRow[] = [];
  for (const document of documents) {
    const lines = paper(document) ?? [];
    lines.forEach((text, index) => {
      if (cited.has(`${document}:${index + 1}`) || !printsFigures(text)) return;
      const reviewed = reviewedRange(document, index + 1);
      const byHeading = reviewed ? null : explainUncited(lines, index);
      out.push({
        document,
        line: index + 1,
        text: text.trim(),
        reason: reviewed?.reason ?? byHeading,
        ...(reviewed
          ? { explainedBy: 'reviewed list' as const, why: reviewed.why }
          : byHeading
            ? { explainedBy: 'heading' as const }
            : {}),
      });
    });
  }
  return out;
}

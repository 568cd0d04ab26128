/**
 * Table rows in the papers that print a figure but that no record cites: candidates for rows an
 * extractor skipped. Prose lines are left out; they hold figures the issue does not ask for.
 */
import { provenancesOf, type NamedBundle, type PaperLines } from './audit-checks';
import { cellsOf } from './audit-cells';

const FIGURE = /^[<>≤≥~]?\s*-?£?\d[\d,]*(\.\d+)?\s*(%|k|m)?\**$/i;
const YEAR_ONLY = /^(\(?(19|20)\d{2}([/-]\d{2,4})?\)?|\d{2}\/\d{2})$/;

export interface UncitedRow {
  document: string;
  line: number;
  text: string;
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
      if (cited.has(`${document}:${index + 1}`)) return;
      if (!text.includes('\t') && !/\s\|\s/.test(text)) return;
      const figures = cellsOf(text)
        .slice(1)
        .filter((cell) => FIGURE.test(cell) && !YEAR_ONLY.test(cell));
      if (figures.length > 0) out.push({ document, line: index + 1, text: text.trim() });
    });
  }
  return out;
}

import type { IndicatorCode } from '../../../../src/data/contract/dataset-schema';

/**
 * Reviewed readings for cells the parser cannot read on its own. Each entry names the line and
 * the cell as printed, says what the figure is taken to be and why; each also becomes a
 * data-quality note, so the app shows the reading was made by a person, not the paper.
 */
export interface Correction {
  line: number;
  /** The cell exactly as printed, checked at extraction so a changed paper fails loudly. */
  printed: string;
  value: number | null;
  kind: 'typo' | 'garbled' | 'ambiguous';
  reason: string;
}

export const corrections: Correction[] = [
  {
    line: 3746,
    printed: '90,,000',
    value: 90000,
    kind: 'typo',
    reason:
      'printed "90,,000" with a doubled comma; read as 90,000 (the row reads 94,000 actual and 100,000 estimated contacts)',
  },
];

/**
 * Lines that are not rows of their own: the end of a row whose cells wrapped over a page break
 * (the header is reprinted between the two parts), or a framework tag printed under the row it
 * belongs to. Each is checked against the paper, merged into its row, and noted.
 */
export interface Continuation {
  line: number;
  /** The line as printed (trimmed), checked at extraction. */
  printed: string;
  /** The row the line belongs to. */
  of: number;
  kind: 'wrapped-cells' | 'code-tag';
  codes?: IndicatorCode[];
  reason: string;
}

export const continuations: Continuation[] = [
  {
    line: 12469,
    printed: 'implementation\tsymbols\tacross more of the site',
    of: 12466,
    kind: 'wrapped-cells',
    reason:
      'the DDA accessibility compliance row (line 12466) runs over a page break: after the reprinted header (line 12468) its three cells end on line 12469',
  },
  {
    line: 25210,
    printed: 'T2010 (37)',
    of: 25209,
    kind: 'code-tag',
    codes: [{ framework: 'T2010', code: '37' }],
    reason:
      'the tag "T2010 (37)" is printed on its own line under "c. streetlights" (line 25209); it is read as that row\'s Towards 2010 target 37 ("Improve the way we repair roads and pavements", line 25697). The paper does not say whether it also covers the roads and pavements rows above',
  },
];

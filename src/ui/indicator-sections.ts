import type { IndicatorRow } from '@/data/api/contract';

export type Section = 'in-year' | 'annual' | 'activity';

/** The dashboard's three tables, in the order the page shows them. */
export const SECTIONS: readonly Section[] = ['in-year', 'annual', 'activity'];

/** Which of the dashboard's three tables a row belongs in, following the 2012 dashboard's layout. */
export function sectionOf(row: IndicatorRow): Section {
  const { kind, frequency } = row.indicator;
  if (kind === 'activity' || kind === 'context') return 'activity';
  if (frequency === 'annual' || frequency === 'academic-year') return 'annual';
  return 'in-year';
}

/** The table's caption, for a screen reader (the heading and its count show it to the eye). */
export function sectionCaption(title: string, rowCount: number): string {
  return `${title}: ${rowCount} ${rowCount === 1 ? 'indicator' : 'indicators'}, grouped by unit. Select a column heading to sort.`;
}

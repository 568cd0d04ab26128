import type { IndicatorRow } from '@/data/api/contract';
import { formatValue, NO_VALUE } from '@/domain/format';

type Figure = NonNullable<IndicatorRow['latest']>;
type Unit = IndicatorRow['indicator']['unit'];

/**
 * A figure as a table cell shows it: the formatted value, or the paper's own words for a gap
 * ('Reported quarterly', 'TBC', an unreadable '1,018m'), or a dash when there is no figure at all.
 */
export function formatFigure(figure: Figure | null, unit: Unit): string {
  if (!figure) return NO_VALUE;
  if (figure.value !== null) return formatValue(figure.value, unit);
  return figure.printed ?? figure.missing?.text ?? NO_VALUE;
}

/** Why a figure has no value, when the printed words alone don't say it. */
export function missingExplanation(figure: Figure | null): string | undefined {
  if (!figure || figure.value !== null || !figure.missing) return undefined;
  return figure.missing.text !== figure.printed ? figure.missing.text : undefined;
}

/** Sort key for a figure column: the number, or null (sorted last) when there is none. */
export function figureSortValue(figure: Figure | null): number | null {
  return figure?.value ?? null;
}

/**
 * The sentences around a comparison, as pure functions: the heading of the chart, the caption of
 * its table, the notes on mixed years and imported figures.
 */
import { describePolarity } from '@/domain/polarity';
import { formatPeriod } from '@/domain/periods';
import type { ComparisonView } from './comparison-model';

export function periodLabel(period: string | null): string {
  return period ? formatPeriod(period) : 'all periods';
}

/** 'Counties in fingertips.csv, 2019' */
export function chartHeading(view: ComparisonView): string {
  return `${view.group.name}, ${periodLabel(view.period)}`;
}

export function tableCaption(view: ComparisonView, indicatorTitle: string): string {
  const measure = view.source?.title ?? indicatorTitle;
  const unit = view.source && view.unit.label ? `, ${view.unit.label}` : '';
  return `${measure}${unit}: ${chartHeading(view)} (${describePolarity(view.polarity)})`;
}

/** Null when every figure is for the chosen period. */
export function mixedYearsNote(view: ComparisonView): string | null {
  if (view.periods.length <= 1) return null;
  return `Figures from different years: ${view.periods.map(formatPeriod).join(', ')}. Where an area has no figure for ${view.period ? formatPeriod(view.period) : 'the chosen period'}, its latest earlier figure is shown; compare with care.`;
}

/** What the imported figures in this view are, or null when there are none. */
export function importNote(view: ComparisonView, importedFiles: readonly string[]): string | null {
  if (view.source) {
    const unit = view.unit.label ? ` in ${view.unit.label}` : '';
    return `Every figure here comes from ${view.source.fileName}${view.source.title ? ` (${view.source.title})` : ''}${unit}, imported in this browser; none is from the council’s papers.`;
  }
  if (importedFiles.length === 0) return null;
  return `Figures imported in this browser (${importedFiles.join(', ')}) fill gaps for this group’s members only; they are marked in the chart and table and never replace a figure from the papers. To compare on a file’s own figures, choose a group “in” that file.`;
}

import type { IndicatorRow } from '@/data/api/contract';
import { formatPeriod } from '@/domain/periods';
import { formatFigure, missingExplanation } from '@/lib/format-figure';
import { compactFigure } from './compact-figure';

/** One figure in an indicator table: compact where it is long, and why where it is missing. */
export function FigureCell({
  figure,
  row,
  withPeriod = false,
}: {
  figure: IndicatorRow['latest'];
  row: IndicatorRow;
  withPeriod?: boolean;
}) {
  const compact = compactFigure(figure?.value ?? null, row.indicator.unit);
  const text = compact ?? formatFigure(figure, row.indicator.unit);
  const explanation = missingExplanation(figure);
  return (
    <>
      <span
        className={figure?.value == null ? 'figure figure--missing' : 'figure'}
        // A compacted figure keeps its full value to hand; the indicator page's table has it too.
        title={compact ? formatFigure(figure, row.indicator.unit) : explanation}
      >
        {text}
      </span>
      {explanation ? <span className="visually-hidden"> ({explanation})</span> : null}
      {withPeriod && figure && figure.value !== null ? (
        <span className="figure-period">{formatPeriod(figure.period)}</span>
      ) : null}
    </>
  );
}

import type { MeasureUnit } from '@/data/contract/dataset-schema';
import { formatValue, NO_VALUE } from '@/domain/format';
import type { TrendData } from './trend-series';
import { isMeasured } from './trend-look';
import '@/ui/data-table.css';
import './few-figures.css';

/** Fewer measured figures than this are listed rather than drawn as a line. */
export const MIN_TREND_POINTS = 3;

/** True when the figures are too few to draw as a trend (one or two results). */
export function isTooFewForTrend(data: TrendData): boolean {
  const measured = data.points.filter((point) =>
    data.series.some((s) => isMeasured(s) && typeof point[s.key] === 'number'),
  ).length;
  return data.points.length < MIN_TREND_POINTS || (measured > 0 && measured < MIN_TREND_POINTS);
}

interface FewFiguresProps {
  data: TrendData;
  unit: MeasureUnit;
  summaryId: string;
}

/**
 * One or two results are not a trend: they are shown as a small table of each figure beside its
 * target and floor for the same period, instead of a near-empty axis.
 */
export function FewFigures({ data, unit, summaryId }: FewFiguresProps) {
  const withMeasure = data.points.filter((point) =>
    data.series.some((s) => isMeasured(s) && typeof point[s.key] === 'number'),
  );
  const columns = withMeasure.length > 0 ? withMeasure : data.points;
  const count = withMeasure.length;
  return (
    <div className="few-figures">
      <table className="data-table few-figures__table" aria-describedby={summaryId}>
        <caption>
          {count === 1
            ? 'One result so far: too few to draw a trend.'
            : `${count > 0 ? 'Two results' : 'Only levels'} so far: too few to draw a trend.`}{' '}
          Each figure is shown beside its target and floor.
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {columns.map((point) => (
              <th scope="col" key={point.period} className="is-numeric">
                {point.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.series.map((s) => (
            <tr key={s.key} className={isMeasured(s) ? 'few-figures__measured' : undefined}>
              <th scope="row">{s.label}</th>
              {columns.map((point) => {
                const value = point[s.key];
                return (
                  <td key={point.period} className="is-numeric">
                    {typeof value === 'number' ? formatValue(value, unit) : NO_VALUE}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

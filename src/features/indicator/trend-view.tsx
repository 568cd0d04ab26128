import type { IndicatorDetailResponse } from '@/data/api/contract';
import { FewFigures, isTooFewForTrend } from './few-figures';
import { chartCaption } from './indicator-words';
import { TrendChart } from './trend-chart';
import { trendDownload } from './trend-download';
import type { TrendData } from './trend-series';

interface TrendViewProps {
  data: IndicatorDetailResponse;
  trend: TrendData;
  /** What the chart leaves off, if anything (describeOffChart). */
  offChartNote: string | null;
  /** Id of the summary sentence the chart or the few figures are described by. */
  summaryId: string;
  documentTitles: ReadonlyMap<string, string>;
}

/** The chart view: a trend chart, a small table when the figures are too few, or why neither. */
export function TrendView({
  data,
  trend,
  offChartNote,
  summaryId,
  documentTitles,
}: TrendViewProps) {
  const { indicator } = data;
  const hasChart = trend.points.length > 0 && trend.series.length > 0;
  if (!hasChart) {
    return (
      <p className="empty-state">
        There are no figures to chart yet; the table lists what the papers say.
      </p>
    );
  }
  if (isTooFewForTrend(trend)) {
    return (
      <>
        <FewFigures data={trend} unit={indicator.unit} summaryId={summaryId} />
        {offChartNote ? <p className="muted">{offChartNote}</p> : null}
      </>
    );
  }
  return (
    <figure className="trend-figure">
      <TrendChart
        data={trend}
        unit={indicator.unit}
        polarity={indicator.polarity}
        summaryId={summaryId}
        download={trendDownload(data, trend, documentTitles)}
      />
      <figcaption className="muted">{chartCaption(indicator.polarity, offChartNote)}</figcaption>
    </figure>
  );
}

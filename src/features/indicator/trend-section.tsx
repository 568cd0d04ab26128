import { useMemo } from 'react';
import type { IndicatorDetailResponse } from '@/data/api/contract';
import { EveryFigure } from './every-figure';
import { summariseIndicator } from './indicator-summary';
import type { FiguresView } from './indicator-words';
import { buildTrendData, describeOffChart } from './trend-series';
import { TrendView } from './trend-view';
import { ViewToggle } from './view-toggle';

interface TrendSectionProps {
  data: IndicatorDetailResponse;
  view: FiguresView;
  documentTitles: ReadonlyMap<string, string>;
  /** The area the figures are for, in the table's download. */
  areaName: string;
}

/** The trend: one summary sentence, then the figures as a chart or as a table. */
export function TrendSection({ data, view, documentTitles, areaName }: TrendSectionProps) {
  const { indicator, row } = data;
  const trend = useMemo(
    () => buildTrendData(data.observations, indicator.unit),
    [data.observations, indicator.unit],
  );
  const summaryId = `summary-${indicator.id}`;
  return (
    <section aria-labelledby="trend-heading" className="indicator-section">
      <h2 id="trend-heading">Trend</h2>
      <p id={summaryId} className="indicator-summary">
        {summariseIndicator(row)}
      </p>
      <ViewToggle view={view} />
      {view === 'table' ? (
        <EveryFigure data={data} documentTitles={documentTitles} areaName={areaName} />
      ) : (
        <TrendView
          data={data}
          trend={trend}
          offChartNote={describeOffChart(trend, indicator.unit)}
          summaryId={summaryId}
          documentTitles={documentTitles}
        />
      )}
    </section>
  );
}

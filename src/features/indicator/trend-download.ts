import type { IndicatorDetailResponse } from '@/data/api/contract';
import type { ChartExportInfo } from '@/ui/chart/export-chart';
import { sourceLine } from '@/ui/chart/source-line';
import type { TrendData } from './trend-series';

/** Title, period and source written into a downloaded trend chart. */
export function trendDownload(
  detail: IndicatorDetailResponse,
  trend: TrendData,
  documentTitles: ReadonlyMap<string, string>,
): ChartExportInfo {
  const first = trend.points[0]?.label ?? '';
  const last = trend.points[trend.points.length - 1]?.label ?? '';
  return {
    title: detail.indicator.title,
    period: first === last ? first : `${first} to ${last}`,
    source: sourceLine(
      detail.observations.map((o) => o.provenance?.document),
      documentTitles,
    ),
    fileName: `ragstone-${detail.indicator.id}-trend`,
  };
}

import { Link } from '@/ui/navigation';
import type { IndicatorRow } from '@/data/api/contract';
import type { RagStatus } from '@/domain/types';
import { formatValue, NO_VALUE } from '@/domain/format';
import { formatCodes } from '@/domain/frameworks';
import { figureSortValue } from '@/lib/format-figure';
import type { Column } from './data-table';
import { DirectionBadge } from './direction-badge';
import { FigureCell } from './figure-cell';
import type { Section } from './indicator-sections';
import type { LinkIntent } from './link-intent';
import { Sparkline } from './sparkline';
import { StatusBadge } from './status-badge';
import { AssumptionTag } from './assumed-profiles';

const statusOrder: Record<RagStatus, number> = { red: 0, amber: 1, green: 2, 'not-rated': 3 };

const indicatorColumn = (header: string, prefetch: LinkIntent): Column<IndicatorRow> => ({
  id: 'indicator',
  header,
  isRowHeader: true,
  className: 'col-indicator',
  sortValue: (row) => row.indicator.title,
  cell: (row) => (
    <>
      <Link
        {...prefetch(row.indicator.id)}
        to="/indicators/$indicatorId"
        params={{ indicatorId: row.indicator.id }}
        search={{}}
        className="indicator-link"
      >
        {row.indicator.title}
      </Link>
      {row.indicator.codes.length > 0 ? (
        <span className="indicator-codes">{formatCodes(row.indicator.codes)}</span>
      ) : null}
      {row.noteCount > 0 ? (
        <span className="indicator-flag">
          {row.noteCount} data-quality {row.noteCount === 1 ? 'note' : 'notes'}
        </span>
      ) : null}
    </>
  ),
});

const figureColumn = (
  id: string,
  header: string,
  pick: (row: IndicatorRow) => IndicatorRow['latest'],
  withPeriod = false,
): Column<IndicatorRow> => ({
  id,
  header,
  numeric: true,
  sortValue: (row) => figureSortValue(pick(row)),
  cell: (row) => <FigureCell figure={pick(row)} row={row} withPeriod={withPeriod} />,
});

const statusColumn = (
  id: string,
  header: string,
  pick: (row: IndicatorRow) => IndicatorRow['ytdRating'],
): Column<IndicatorRow> => ({
  id,
  header,
  sortValue: (row) => {
    const rating = pick(row);
    return rating ? statusOrder[rating.status] : null;
  },
  cell: (row) => {
    const rating = pick(row);
    return rating ? (
      <>
        <StatusBadge status={rating.status} reason={rating.reason} />
        <AssumptionTag rating={rating} />
      </>
    ) : (
      <span className="figure--missing">{NO_VALUE}</span>
    );
  },
});

const directionColumn: Column<IndicatorRow> = {
  id: 'direction',
  header: 'Direction of travel',
  sortValue: (row) =>
    ['improving', 'no-change', 'worsening', 'not-comparable'].indexOf(row.direction.direction),
  cell: (row) => (
    <DirectionBadge direction={row.direction.direction} reason={row.direction.reason} />
  ),
};

const trendColumn: Column<IndicatorRow> = {
  id: 'trend',
  header: 'Trend',
  className: 'col-trend',
  cell: (row) => (
    <Sparkline
      values={row.trend.map((point) => point.value)}
      format={(value) => formatValue(value, row.indicator.unit)}
    />
  ),
};

/** Each table's columns, as the council's dashboard prints them. */
export const columnsBySection = (
  prefetch: LinkIntent,
): Record<Section, Column<IndicatorRow>[]> => ({
  'in-year': [
    indicatorColumn('Performance indicator', prefetch),
    figureColumn('latest', 'Latest result', (row) => row.latest, true),
    statusColumn('latest-status', 'Status', (row) => row.latestRating),
    directionColumn,
    figureColumn('ytd', 'Year to date', (row) => row.ytd),
    statusColumn('ytd-status', 'Year to date status', (row) => row.ytdRating),
    figureColumn('target', 'Year-end target', (row) => row.target),
    figureColumn('floor', 'Floor standard', (row) => row.floor),
    figureColumn('previous', 'Previous year', (row) => row.previousYear),
    trendColumn,
  ],
  annual: [
    indicatorColumn('Indicator', prefetch),
    figureColumn('latest', 'Latest result', (row) => row.latest, true),
    statusColumn('latest-status', 'Status', (row) => row.latestRating),
    directionColumn,
    figureColumn('forecast', 'Forecast', (row) => row.forecast),
    statusColumn('forecast-status', 'Forecast status', (row) => row.forecastRating),
    figureColumn('target', 'Target', (row) => row.target),
    figureColumn('floor', 'Floor standard', (row) => row.floor),
    figureColumn('previous', 'Previous year', (row) => row.previousYear),
    trendColumn,
  ],
  activity: [
    indicatorColumn('Activity', prefetch),
    figureColumn('latest', 'Latest', (row) => row.latest, true),
    figureColumn('ytd', 'Year to date', (row) => row.ytd),
    figureColumn('expected', 'Expected level', (row) => row.expected),
    figureColumn('previous', 'Previous year', (row) => row.previousYear),
    trendColumn,
  ],
});

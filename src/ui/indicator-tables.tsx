import { Link } from '@/ui/navigation';
import { useMemo, type AnchorHTMLAttributes } from 'react';
import type { ReactNode } from 'react';
import type { IndicatorRow } from '@/data/api/contract';
import type { Structure } from '@/data/contract/dataset-schema';
import type { RagStatus } from '@/domain/types';
import { formatValue, NO_VALUE } from '@/domain/format';
import { formatCodes } from '@/domain/frameworks';
import { formatPeriod } from '@/domain/periods';
import { figureSortValue, formatFigure, missingExplanation } from '@/lib/format-figure';
import { compactFigure } from './compact-figure';
import { DataTable } from './data-table';
import type { Column, RowGroup } from './data-table';
import { DirectionBadge } from './direction-badge';
import { groupRowsByNode } from './group-rows';
import { ScrollRegion } from './scroll-region';
import { Sparkline } from './sparkline';
import { StatusBadge } from './status-badge';
import { AssumptionTag } from './assumed-profiles';
import './indicator-tables.css';

type Section = 'in-year' | 'annual' | 'activity';

/** Which of the dashboard's three tables a row belongs in, following the 2012 dashboard's layout. */
export function sectionOf(row: IndicatorRow): Section {
  const { kind, frequency } = row.indicator;
  if (kind === 'activity' || kind === 'context') return 'activity';
  if (frequency === 'annual' || frequency === 'academic-year') return 'annual';
  return 'in-year';
}

const statusOrder: Record<RagStatus, number> = { red: 0, amber: 1, green: 2, 'not-rated': 3 };

/** Handlers a feature adds to each indicator link, e.g. to prefetch its page on intent. */
export type LinkIntent = (
  indicatorId: string,
) => Pick<
  AnchorHTMLAttributes<HTMLAnchorElement>,
  'onMouseEnter' | 'onMouseLeave' | 'onFocus' | 'onTouchStart'
>;

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

function FigureCell({
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

const columnsBySection = (prefetch: LinkIntent): Record<Section, Column<IndicatorRow>[]> => ({
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

function Term({ id, children }: { id: string; children: string }) {
  return (
    <Link to="/help" hash={id}>
      {children}
    </Link>
  );
}

/** Each table's title and lead; the terms in the lead link to the glossary. */
const sectionTitles: Record<Section, { title: string; lead: ReactNode }> = {
  'in-year': {
    title: 'Monthly and quarterly performance indicators',
    lead: (
      <>
        Rated against the <Term id="target">target</Term> and <Term id="floor">floor standard</Term>{' '}
        each month or quarter, and for the <Term id="ytd">year to date</Term>; arrows show the{' '}
        <Term id="direction-of-travel">direction of travel</Term>.
      </>
    ),
  },
  annual: {
    title: 'Annual performance indicators',
    lead: (
      <>
        Reported once a year; during the year the <Term id="forecast">forecast</Term> is rated
        against the year-end target.
      </>
    ),
  },
  activity: {
    title: 'Activity indicators',
    lead: 'External demand, compared with the level expected when the business plan was set. No status is given.',
  },
};

function toRowGroups(
  rows: readonly IndicatorRow[],
  structure: Structure | undefined,
  scopeId?: string,
): RowGroup<IndicatorRow>[] {
  let previousPath: string[] = [];
  return groupRowsByNode(rows, structure, scopeId).map((group) => {
    const ids = group.path.map((node) => node.id);
    const firstNew = ids.findIndex((id, index) => previousPath[index] !== id);
    previousPath = ids;
    const headings =
      group.node === null
        ? [{ key: 'unassigned', text: 'Not assigned to a unit in this structure', level: 1 }]
        : group.path.slice(firstNew === -1 ? ids.length : firstNew).map((node) => ({
            key: node.id,
            text: node.name,
            level: group.path.indexOf(node) + 1,
          }));
    return { key: group.node?.id ?? 'unassigned', headings, rows: group.rows };
  });
}

interface IndicatorTablesProps {
  rows: readonly IndicatorRow[];
  structure: Structure | undefined;
  /** The node the page is about; its own name is not repeated as a group heading. */
  scopeId?: string | undefined;
  /** Heading level for the section titles (2 on the dashboard). */
  headingLevel?: 2 | 3 | 4;
  /** Makes the section ids unique when several of these tables share a page (one per open unit). */
  idPrefix?: string;
  /** Shared UI fetches nothing itself: the page passes its prefetch (usePrefetchIndicator()). */
  prefetch: LinkIntent;
}

/** The indicator table in the shape councils already read: in-year, annual and activity sections, grouped by unit. */
export function IndicatorTables({
  rows,
  structure,
  scopeId,
  headingLevel = 2,
  idPrefix = '',
  prefetch,
}: IndicatorTablesProps) {
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2] ?? 'h2';
  const columns = useMemo(() => columnsBySection(prefetch), [prefetch]);
  const sections = (['in-year', 'annual', 'activity'] as const)
    .map((section) => ({ section, rows: rows.filter((row) => sectionOf(row) === section) }))
    .filter((entry) => entry.rows.length > 0);
  return (
    <>
      {sections.map(({ section, rows: sectionRows }) => {
        const { title, lead } = sectionTitles[section];
        const id = `${idPrefix}section-${section}`;
        return (
          <section key={section} aria-labelledby={id} className="indicator-section">
            <Heading id={id}>
              {title} <span className="count-chip">{sectionRows.length}</span>
            </Heading>
            <p className="section-lead">{lead}</p>
            <ScrollRegion label={title}>
              <DataTable
                caption={`${title}: ${sectionRows.length} ${sectionRows.length === 1 ? 'indicator' : 'indicators'}, grouped by unit. Select a column heading to sort.`}
                captionHidden
                columns={columns[section]}
                groups={toRowGroups(sectionRows, structure, scopeId)}
                rowKey={(row) => row.indicator.id}
                reflow
                className={`indicator-table indicator-table--${section}`}
              />
            </ScrollRegion>
          </section>
        );
      })}
    </>
  );
}

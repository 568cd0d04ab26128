import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@/ui/navigation';
import { useMemo, type ReactNode } from 'react';
import type { IndicatorDetailResponse } from '@/data/api/contract';
import { indicatorDetailQuery, manifestQuery, organisationQuery } from '@/data/api/queries';
import { Breadcrumbs } from '@/ui/breadcrumbs';
import { QueryState, SkeletonLines, SkeletonTable } from '@/ui/query-state';
import { ChangeHistory } from './change-history';
import { TargetChanges } from './target-changes';
import { CommentaryHistory, QualityNotes } from './commentary-and-notes';
import { formatCodes } from '@/domain/frameworks';
import { DefinitionPanel } from './definition-panel';
import { FiguresTable } from './figures-table';
import { indicatorFiguresExport } from './figures-export';
import { TableDownloads } from '@/ui/table-downloads';
import { summariseIndicator } from './indicator-summary';
import { TargetGap } from './target-gap';
import { FigureEntry } from './figure-entry';
import { FewFigures, isTooFewForTrend } from './few-figures';
import { TrendChart } from './trend-chart';
import { trendDownload } from './trend-download';
import { buildTrendData, describeOffChart } from './trend-series';
import type { IndicatorSearch } from './indicator-search';
import './indicator.css';
import { ScrollRegion } from '@/ui/scroll-region';
import { PageHeader } from '@/ui/page-header';

export function IndicatorPage({
  indicatorId,
  search,
  returnsSlot,
}: {
  indicatorId: string;
  search: IndicatorSearch;
  /** The returns template panel, composed in src/app (features do not import each other). */
  returnsSlot?: ReactNode;
}) {
  const manifest = useQuery(manifestQuery());
  // No area in the address: the API answers for the dataset's own authority.
  const detail = useQuery(indicatorDetailQuery(indicatorId, search.area));
  const isAuthority =
    search.area === undefined || search.area === manifest.data?.manifest.authority.id;

  return (
    <div className="indicator-page">
      <Breadcrumbs
        items={[
          {
            key: 'dashboard',
            content: (
              <Link to="/dashboard" search={search.period ? { period: search.period } : {}}>
                Dashboard
              </Link>
            ),
          },
          { key: 'indicator', content: detail.data?.indicator.title ?? 'Indicator' },
        ]}
      />
      <QueryState
        query={detail}
        what="this indicator"
        isPage
        skeleton={
          <>
            <SkeletonLines lines={3} />
            <SkeletonTable rows={8} />
          </>
        }
      >
        {(data) => (
          <IndicatorContent
            data={data}
            view={search.view ?? 'chart'}
            profiles={search.profiles}
            isWritable={manifest.data?.writable ?? false}
            documentTitles={
              new Map((manifest.data?.manifest.sources ?? []).map((s) => [s.document, s.title]))
            }
            otherArea={isAuthority ? undefined : search.area}
            returnsSlot={isAuthority ? returnsSlot : null}
            returnPeriod={search.returnPeriod}
          />
        )}
      </QueryState>
    </div>
  );
}

interface IndicatorContentProps {
  data: IndicatorDetailResponse;
  view: 'chart' | 'table';
  profiles: 'paper' | undefined;
  isWritable: boolean;
  documentTitles: ReadonlyMap<string, string>;
  /** The area shown when it is not the authority. */
  otherArea: string | undefined;
  returnsSlot: ReactNode;
  returnPeriod: string | undefined;
}

function IndicatorContent({
  data,
  view,
  profiles,
  isWritable,
  documentTitles,
  otherArea,
  returnsSlot,
  returnPeriod,
}: IndicatorContentProps) {
  const organisation = useQuery(organisationQuery());
  const manifest = useQuery(manifestQuery());
  const areaName = otherArea ?? manifest.data?.manifest.authority.name ?? 'The authority';
  const navigate = useNavigate();
  const { indicator, row } = data;
  const trend = useMemo(
    () => buildTrendData(data.observations, indicator.unit),
    [data.observations, indicator.unit],
  );
  const offChartNote = describeOffChart(trend, indicator.unit);
  const summary = summariseIndicator(row);
  const summaryId = `summary-${indicator.id}`;
  const hasChart = trend.points.length > 0 && trend.series.length > 0;
  // The count includes this authority whenever it has figures of its own.
  const otherAreas = data.comparisonAreaCount - (data.observations.length > 0 ? 1 : 0);

  return (
    <>
      <PageHeader
        overline={formatCodes(indicator.codes) || 'Local indicator'}
        title={indicator.title}
        lead={otherArea ? `Figures for ${otherArea}.` : undefined}
      />

      <section aria-labelledby="trend-heading" className="indicator-section">
        <h2 id="trend-heading">Trend</h2>
        <p id={summaryId} className="indicator-summary">
          {summary}
        </p>
        <div role="group" aria-label="Show the figures as" className="view-toggle">
          {(['chart', 'table'] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={view === option}
              onClick={() => {
                navigate({
                  search: (prev) => ({ ...prev, view: option === 'chart' ? undefined : option }),
                  replace: true,
                });
              }}
            >
              {option === 'chart' ? 'Chart' : 'Table'}
            </button>
          ))}
        </div>
        {view === 'table' ? (
          <>
            <ScrollRegion label="Every figure">
              <FiguresTable
                observations={data.observations}
                unit={indicator.unit}
                title={indicator.title}
                documentTitles={documentTitles}
              />
            </ScrollRegion>
            <div className="committee-actions">
              <TableDownloads
                what="every figure"
                fileNameParts={['ragstone', areaName, indicator.id, 'figures']}
                table={() => indicatorFiguresExport(data, documentTitles, areaName)}
              />
            </div>
          </>
        ) : hasChart && isTooFewForTrend(trend) ? (
          <>
            <FewFigures data={trend} unit={indicator.unit} summaryId={summaryId} />
            {offChartNote ? <p className="muted">{offChartNote}</p> : null}
          </>
        ) : hasChart ? (
          <figure className="trend-figure">
            <TrendChart
              data={trend}
              unit={indicator.unit}
              polarity={indicator.polarity}
              summaryId={summaryId}
              download={trendDownload(data, trend, documentTitles)}
            />
            <figcaption className="muted">
              {indicator.polarity === 'unknown'
                ? 'Polarity unknown: the papers do not say whether higher or lower is better.'
                : null}
              {offChartNote ? ` ${offChartNote}` : null} The table view lists every figure with its
              source.
            </figcaption>
          </figure>
        ) : (
          <p className="empty-state">
            There are no figures to chart yet; the table lists what the papers say.
          </p>
        )}
      </section>

      <TargetGap detail={data} />
      <TargetChanges indicatorId={indicator.id} area={otherArea} unit={indicator.unit} />

      <DefinitionPanel
        detail={data}
        structures={organisation.data?.structures ?? []}
        includeAssumed={profiles !== 'paper'}
        onIncludeAssumedChange={(include) => {
          navigate({
            search: (prev) => ({ ...prev, profiles: include ? undefined : 'paper' }),
            replace: true,
          });
        }}
      />

      {otherAreas > 0 ? (
        <section
          aria-labelledby="comparators-heading"
          className="indicator-section comparator-panel"
        >
          <h2 id="comparators-heading">Other authorities</h2>
          <p>
            {/* Breakdowns by district or team (issue 12) are areas too, so the words cover them. */}
            The papers give figures for {otherAreas} other {otherAreas === 1 ? 'area' : 'areas'}{' '}
            (authorities, districts, teams or averages) on this measure.
          </p>
          <Link
            to="/compare"
            search={{ indicator: indicator.id }}
            className="button button--secondary"
          >
            Compare with other authorities
          </Link>
        </section>
      ) : null}

      <CommentaryHistory commentary={data.commentary} documentTitles={documentTitles} />
      <QualityNotes notes={data.notes} documentTitles={documentTitles} />
      <FigureEntry
        indicatorId={indicator.id}
        otherArea={otherArea}
        frequency={indicator.frequency}
        unit={indicator.unit}
        isWritable={isWritable}
        returnPeriod={returnPeriod}
      />
      {returnsSlot}
      {isWritable ? (
        <ChangeHistory indicatorId={indicator.id} area={otherArea} unit={indicator.unit} />
      ) : null}
    </>
  );
}

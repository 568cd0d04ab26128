import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@/ui/navigation';
import type { ReactNode } from 'react';
import type { IndicatorDetailResponse } from '@/data/api/contract';
import { indicatorDetailQuery, manifestQuery, organisationQuery } from '@/data/api/queries';
import { Breadcrumbs } from '@/ui/breadcrumbs';
import { QueryState, SkeletonLines, SkeletonTable } from '@/ui/query-state';
import { PageHeader } from '@/ui/page-header';
import { ChangeHistory } from './change-history';
import { CommentaryHistory, QualityNotes } from './commentary-and-notes';
import { DefinitionPanel } from './definition-panel';
import { FigureEntry } from './figure-entry';
import type { IndicatorSearch } from './indicator-search';
import { areaLead, indicatorOverline, otherAreaCount, type FiguresView } from './indicator-words';
import { OtherAuthorities } from './other-authorities';
import { TargetChanges } from './target-changes';
import { TargetGap } from './target-gap';
import { TrendSection } from './trend-section';
import './indicator.css';

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
  view: FiguresView;
  profiles: 'paper' | undefined;
  isWritable: boolean;
  documentTitles: ReadonlyMap<string, string>;
  /** The area shown when it is not the authority. */
  otherArea: string | undefined;
  returnsSlot: ReactNode;
  returnPeriod: string | undefined;
}

/** The page's sections, top to bottom: what the figures say, what the indicator is, who enters it. */
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
  const { indicator } = data;

  return (
    <>
      <PageHeader
        overline={indicatorOverline(indicator.codes)}
        title={indicator.title}
        lead={areaLead(otherArea)}
      />
      <TrendSection data={data} view={view} documentTitles={documentTitles} areaName={areaName} />
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
      <OtherAuthorities
        indicatorId={indicator.id}
        count={otherAreaCount(data.comparisonAreaCount, data.observations.length > 0)}
      />
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

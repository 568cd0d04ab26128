import { useQuery } from '@tanstack/react-query';
import { comparableIndicatorsQuery, comparisonQuery, manifestQuery } from '@/data/api/queries';
import { QueryState, SkeletonLines, SkeletonTable } from '@/ui/query-state';
import type { CompareSearch } from './compare-search';
import { ComparisonContent } from './comparison-content';
import { IndicatorPicker } from './indicator-picker';
import './compare.css';
import { PageHeader } from '@/ui/page-header';

export function ComparePage({ search }: { search: CompareSearch }) {
  const manifest = useQuery(manifestQuery());
  const list = useQuery(comparableIndicatorsQuery());
  const isSynthetic = manifest.data?.manifest.synthetic ?? false;
  const chosen = search.indicator;

  return (
    <div className="compare-page">
      <PageHeader
        title={`Compare authorities${isSynthetic ? ' (synthetic data)' : ''}`}
        lead={
          <>
            How an authority&rsquo;s figure sits among similar councils, its region and England,
            with the group, the period and the source of every figure.
          </>
        }
      />
      <div className={`compare-layout${search.indicator ? ' compare-layout--chosen' : ''}`}>
        <aside className="compare-layout__picker" aria-label="Choose an indicator">
          <QueryState
            query={list}
            what="the list of comparable indicators"
            skeleton={<SkeletonLines lines={8} />}
          >
            {(data) =>
              data.items.length === 0 ? (
                <p className="empty-state">
                  The data holds no indicator with figures for more than one area.
                </p>
              ) : (
                <IndicatorPicker items={data.items} search={search} />
              )
            }
          </QueryState>
        </aside>
        <div className="compare-layout__main">
          {chosen ? (
            // The lead is the dataset's own authority unless the address names another.
            <QueryState
              query={manifest}
              what="the dataset manifest"
              skeleton={<SkeletonLines lines={3} />}
            >
              {({ manifest: { authority, sources } }) => (
                <ComparisonSection
                  indicatorId={chosen}
                  search={search}
                  authority={authority.id}
                  documentTitles={new Map(sources.map((s) => [s.document, s.title]))}
                />
              )}
            </QueryState>
          ) : (
            <p className="empty-state">Choose an indicator to see how the authorities compare.</p>
          )}
        </div>
      </div>
    </div>
  );
}

interface ComparisonSectionProps {
  indicatorId: string;
  search: CompareSearch;
  authority: string;
  documentTitles: ReadonlyMap<string, string>;
}

function ComparisonSection({
  indicatorId,
  search,
  authority,
  documentTitles,
}: ComparisonSectionProps) {
  const comparison = useQuery(comparisonQuery(indicatorId));
  return (
    <QueryState
      query={comparison}
      what={`the comparison for ${indicatorId}`}
      skeleton={
        <>
          <SkeletonLines lines={3} />
          <SkeletonTable rows={10} />
        </>
      }
    >
      {(data) => (
        <ComparisonContent
          key={indicatorId}
          data={data}
          search={search}
          authority={authority}
          documentTitles={documentTitles}
        />
      )}
    </QueryState>
  );
}

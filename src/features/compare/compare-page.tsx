import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Manifest } from '@/data/contract/dataset-schema';
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
                  sources={sources}
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
  sources: Manifest['sources'];
}

/**
 * The search the shown comparison was drawn with: while the next indicator loads, the last
 * comparison stays as it was drawn (the new address already names the next indicator).
 */
function useDrawnSearch(search: CompareSearch, isNextLoading: boolean): CompareSearch {
  const [drawn, setDrawn] = useState(search);
  if (!isNextLoading && drawn !== search) setDrawn(search);
  return isNextLoading ? drawn : search;
}

/**
 * One indicator's comparison. Choosing another keeps the last one on screen, marked busy, until
 * the next has loaded, and the next is drawn into the same table, chart and controls: with 152
 * authorities, replacing ~2,000 elements (and a skeleton between) cost more than the new figures
 * (ADR 0097).
 */
function ComparisonSection({ indicatorId, search, authority, sources }: ComparisonSectionProps) {
  const comparison = useQuery({
    ...comparisonQuery(indicatorId),
    placeholderData: keepPreviousData,
  });
  const isNextLoading = comparison.isPlaceholderData;
  const drawnSearch = useDrawnSearch(search, isNextLoading);
  const documentTitles = useMemo(
    () => new Map(sources.map((s) => [s.document, s.title])),
    [sources],
  );
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
        <>
          {isNextLoading ? (
            <p className="visually-hidden" role="status">
              Loading the comparison for {indicatorId}…
            </p>
          ) : null}
          <div
            className={isNextLoading ? 'compare-next-loading' : undefined}
            aria-busy={isNextLoading}
          >
            <ComparisonContent
              data={data}
              search={drawnSearch}
              authority={authority}
              documentTitles={documentTitles}
            />
          </div>
        </>
      )}
    </QueryState>
  );
}

import type { UseQueryResult } from '@tanstack/react-query';
import { useNavigate } from '@/ui/navigation';
import type { IndicatorListQuery } from '@/data/api/contract';
import type { Structure } from '@/data/contract/dataset-schema';
import { IndicatorTables } from '@/ui/indicator-tables';
import type { LinkIntent } from '@/ui/link-intent';
import { QueryState, SkeletonTable } from '@/ui/query-state';
import { RejectedRowsNotice } from '@/ui/rejected-rows-notice';
import { toggleOpen } from '@/ui/fold-groups';
import type { DashboardSearch } from './dashboard-search';
import { resultsLine } from './dashboard-words';
import { ExceptionsDigest } from './exceptions-digest';
import { FoldedIndicators } from '@/ui/folded-indicators';
import type { ListFirstView } from './list-first-view';
import { OpenedUnit } from './opened-unit';
import '@/ui/indicator-tables.css';
import './dashboard-indicators.css';
import { dashboardAddress } from '@/ui/dashboard-address';

interface DashboardIndicatorsProps {
  list: UseQueryResult<ListFirstView>;
  /** The list's own query: an opened fold's rows come from it. */
  listParams: IndicatorListQuery;
  search: DashboardSearch;
  structure: Structure | undefined;
  filterWords: string[];
  /** The single top node of the structure, not repeated as a heading. */
  scopeId: string | undefined;
  prefetch: LinkIntent;
}

/** The dashboard's list: the tables as the council prints them, folded by directorate when long. */
export function DashboardIndicators({
  list,
  listParams,
  search,
  structure,
  filterWords,
  scopeId,
  prefetch,
}: DashboardIndicatorsProps) {
  const navigate = useNavigate();
  return (
    <section id="indicators" aria-labelledby="indicators-title" className="indicators">
      <h2 id="indicators-title" className="visually-hidden">
        Indicators
      </h2>
      <p className="results-count" role="status" aria-live="polite">
        {list.isPlaceholderData
          ? 'Updating the list…'
          : list.data
            ? resultsLine(list.data.total, filterWords)
            : ''}
      </p>
      <QueryState
        query={list}
        what="the indicator list"
        skeleton={<SkeletonTable rows={10} />}
        isEmpty={(data) => data.rows?.length === 0}
        empty={
          filterWords.length > 0 ? (
            <div className="empty-state">
              <p>No indicators match these filters.</p>
              <p>Try another status or framework, or clear the search.</p>
            </div>
          ) : (
            <div className="empty-state">
              <p>This dataset has no indicators to show yet.</p>
              <p>
                Load a dataset with indicator definitions and figures: see the data format guide.
              </p>
            </div>
          )
        }
      >
        {(data) => (
          <div
            className={list.isPlaceholderData ? 'is-updating' : undefined}
            aria-busy={list.isPlaceholderData}
          >
            <RejectedRowsNotice rejected={data.rejected} />
            {data.folds ? (
              <>
                <ExceptionsDigest
                  reds={data.reds}
                  search={{
                    structure: structure?.id,
                    node: search.node,
                    period: search.period,
                  }}
                />
                <h2>By directorate and unit</h2>
                <FoldedIndicators
                  folds={data.folds}
                  unitBody={(unit) => (
                    <OpenedUnit
                      listParams={listParams}
                      unitId={unit.id}
                      structure={structure}
                      prefetch={prefetch}
                    />
                  )}
                  open={search.open}
                  onToggle={(id, isOpen) => {
                    navigate({
                      ...dashboardAddress({
                        ...search,
                        open: toggleOpen(search.open, id, isOpen),
                      }),
                      replace: true,
                      resetScroll: false,
                    });
                  }}
                />
              </>
            ) : (
              <IndicatorTables
                rows={data.rows ?? []}
                structure={structure}
                scopeId={scopeId}
                prefetch={prefetch}
              />
            )}
          </div>
        )}
      </QueryState>
    </section>
  );
}

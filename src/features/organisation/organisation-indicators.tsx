import { Link, useNavigate } from '@/ui/navigation';
import { useMemo } from 'react';
import type { IndicatorRow } from '@/data/api/contract';
import type { ScorecardResult } from '@/data/api/lenient-rows';
import type { Structure } from '@/data/contract/dataset-schema';
import { foldByDirectorate, shouldFold, toggleOpen } from '@/ui/fold-groups';
import { FoldedIndicators, UnitTables } from '@/ui/folded-indicators';
import { IndicatorTables } from '@/ui/indicator-tables';
import type { LinkIntent } from '@/ui/link-intent';
import { RejectedRowsNotice } from '@/ui/rejected-rows-notice';
import type { OrganisationSearch } from './organisation-search';
import { emptyIndicatorsLine, shownLine } from './organisation-words';
import '@/ui/indicator-tables.css';

interface OrganisationIndicatorsProps {
  data: ScorecardResult;
  /** The rows the filters leave. */
  rows: readonly IndicatorRow[];
  structure: Structure | undefined;
  structureId: string;
  nodeId: string;
  search: OrganisationSearch;
  prefetch: LinkIntent;
}

/**
 * The node's indicators: the tables as the council prints them, or, for a long list (a
 * directorate holds about 500), folded by unit with the open folds in the address (ADR 0034), so
 * the page never draws hundreds of rows in one task. The downloads above hold every row either way.
 */
export function OrganisationIndicators({
  data,
  rows,
  structure,
  structureId,
  nodeId,
  search,
  prefetch,
}: OrganisationIndicatorsProps) {
  const navigate = useNavigate();
  const folds = useMemo(() => foldByDirectorate(rows, structure), [rows, structure]);
  return (
    <section aria-labelledby="node-indicators-title" className="indicators">
      <h2 id="node-indicators-title">Indicators</h2>
      <p className="results-count" role="status" aria-live="polite">
        <span>{shownLine(rows.length, data.rows.length, search)}</span>
        {rows.length !== data.rows.length ? (
          <>
            {' '}
            <Link
              to="/organisation/$structureId/$nodeId"
              params={{ structureId, nodeId }}
              search={{ period: search.period, profiles: search.profiles }}
            >
              Show all
            </Link>
          </>
        ) : null}
      </p>
      <RejectedRowsNotice rejected={data.rejected} />
      {rows.length === 0 ? (
        <p className="empty-state">{emptyIndicatorsLine(data.rows.length)}</p>
      ) : shouldFold(rows.length, folds) ? (
        <FoldedIndicators
          folds={folds}
          unitBody={(unit) => (
            <UnitTables
              rows={
                folds.flatMap((fold) => fold.units).find((each) => each.id === unit.id)?.rows ?? []
              }
              structure={structure}
              unitId={unit.id}
              prefetch={prefetch}
            />
          )}
          open={search.open}
          // The page is the node's own: one fold per unit (named 'Division › Unit'), none around.
          unitsOnly
          onToggle={(id, isOpen) => {
            navigate({
              search: { ...search, open: toggleOpen(search.open, id, isOpen) },
              replace: true,
              resetScroll: false,
            });
          }}
        />
      ) : (
        <IndicatorTables
          rows={rows}
          structure={structure}
          scopeId={nodeId}
          headingLevel={3}
          prefetch={prefetch}
        />
      )}
    </section>
  );
}

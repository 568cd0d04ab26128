import { useQuery } from '@tanstack/react-query';
import type { IndicatorListQuery, IndicatorRow } from '@/data/api/contract';
import { indicatorListQuery } from '@/data/api/queries';
import type { Structure } from '@/data/contract/dataset-schema';
import { foldByDirectorate } from '@/ui/fold-groups';
import { UnitTables } from '@/ui/folded-indicators';
import type { LinkIntent } from '@/ui/link-intent';
import { QueryState, SkeletonTable } from '@/ui/query-state';

/** Each list's rows by unit, worked out once however many of its folds are open. */
const rowsByUnitOfList = new WeakMap<readonly IndicatorRow[], Map<string, IndicatorRow[]>>();

function rowsOfUnit(
  rows: readonly IndicatorRow[],
  structure: Structure | undefined,
  unitId: string,
): IndicatorRow[] {
  let byUnit = rowsByUnitOfList.get(rows);
  if (!byUnit) {
    byUnit = new Map(
      foldByDirectorate(rows, structure)
        .flatMap((fold) => fold.units)
        .map((unit) => [unit.id, unit.rows]),
    );
    rowsByUnitOfList.set(rows, byUnit);
  }
  return byUnit.get(unitId) ?? [];
}

/**
 * An opened fold of the dashboard's folded list (ADR 0096): its rows come from the list's own query,
 * asked for when the first fold opens (or drawn ahead of time when the address names open folds).
 */
export function OpenedUnit({
  listParams,
  unitId,
  structure,
  prefetch,
}: {
  listParams: IndicatorListQuery;
  unitId: string;
  structure: Structure | undefined;
  prefetch: LinkIntent;
}) {
  const list = useQuery(indicatorListQuery(listParams));
  return (
    <QueryState query={list} what="this unit’s indicators" skeleton={<SkeletonTable rows={4} />}>
      {(data) => (
        <UnitTables
          rows={rowsOfUnit(data.rows, structure, unitId)}
          structure={structure}
          unitId={unitId}
          prefetch={prefetch}
        />
      )}
    </QueryState>
  );
}

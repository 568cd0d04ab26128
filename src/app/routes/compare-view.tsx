import { useMemo } from 'react';
import { ComparePage } from '@/features/compare/compare-page';
import { compareSearchSchema } from '@/features/compare/compare-search';
import { useRouteParams, useRouteSearch } from '@/ui/navigation';

export function CompareView() {
  return <ComparePage search={useRouteSearch(compareSearchSchema)} />;
}

/** `/compare/bvpi-178?group=…`: the indicator comes from the path (ADR 0093). */
export function CompareIndicatorView() {
  const { indicatorId } = useRouteParams('/compare/$indicatorId');
  const rest = useRouteSearch(compareSearchSchema);
  const search = useMemo(() => ({ ...rest, indicator: indicatorId }), [rest, indicatorId]);
  return <ComparePage search={search} />;
}

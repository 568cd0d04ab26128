import { ComparePage } from '@/features/compare/compare-page';
import { compareSearchSchema } from '@/features/compare/compare-search';
import { useRouteSearch } from '@/ui/navigation';

export function CompareView() {
  return <ComparePage search={useRouteSearch(compareSearchSchema)} />;
}

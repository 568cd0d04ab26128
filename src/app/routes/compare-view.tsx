import { getRouteApi } from '@tanstack/react-router';
import { ComparePage } from '@/features/compare/compare-page';

const route = getRouteApi('/compare');

export function CompareView() {
  return <ComparePage search={route.useSearch()} />;
}

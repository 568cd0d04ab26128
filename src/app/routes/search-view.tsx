import { getRouteApi } from '@tanstack/react-router';
import { SearchPage } from '@/features/search/search-page';

const route = getRouteApi('/search');

export function SearchView() {
  return <SearchPage search={route.useSearch()} />;
}

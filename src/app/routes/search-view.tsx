import { SearchPage } from '@/features/search/search-page';
import { siteSearchSchema } from '@/features/search/search-search';
import { useRouteSearch } from '@/ui/navigation';

export function SearchView() {
  return <SearchPage search={useRouteSearch(siteSearchSchema)} />;
}

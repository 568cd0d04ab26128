import { ExceptionsPage } from '@/features/dashboard/exceptions-page';
import { exceptionsSearchSchema } from '@/features/dashboard/dashboard-search';
import { useRouteSearch } from '@/ui/navigation';

export function ExceptionsView() {
  return <ExceptionsPage search={useRouteSearch(exceptionsSearchSchema)} />;
}

import { ApprovalsPage } from '@/features/returns/approvals-page';
import { MyReturnsPage } from '@/features/returns/my-returns-page';
import { returnsSearchSchema } from '@/features/returns/returns-search';
import { useRouteSearch } from '@/ui/navigation';

export function MyReturnsView() {
  return <MyReturnsPage search={useRouteSearch(returnsSearchSchema)} />;
}

export function ApprovalsView() {
  return <ApprovalsPage search={useRouteSearch(returnsSearchSchema)} />;
}

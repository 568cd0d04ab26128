import { getRouteApi } from '@tanstack/react-router';
import { ApprovalsPage } from '@/features/returns/approvals-page';
import { MyReturnsPage } from '@/features/returns/my-returns-page';

const mine = getRouteApi('/returns');
const approvals = getRouteApi('/returns/approvals');

export function MyReturnsView() {
  return <MyReturnsPage search={mine.useSearch()} />;
}

export function ApprovalsView() {
  return <ApprovalsPage search={approvals.useSearch()} />;
}

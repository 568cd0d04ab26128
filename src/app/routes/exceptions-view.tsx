import { getRouteApi } from '@tanstack/react-router';
import { ExceptionsPage } from '@/features/dashboard/exceptions-page';

const route = getRouteApi('/exceptions');

export function ExceptionsView() {
  return <ExceptionsPage search={route.useSearch()} />;
}

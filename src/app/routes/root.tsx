import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';
import { SessionLinks } from '@/features/session/session-links';
import { AppShell } from '@/features/shell/app-shell';
import { ErrorPage } from '@/features/shell/error-page';
import { NotFoundPage } from '@/features/shell/not-found-page';

export interface RouterContext {
  queryClient: QueryClient;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: ErrorPage,
});

function RootLayout() {
  return (
    <AppShell headerEnd={<SessionLinks />}>
      <Outlet />
    </AppShell>
  );
}

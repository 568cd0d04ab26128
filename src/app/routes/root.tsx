import { Component, Suspense, type ReactNode } from 'react';
import { SessionLinks } from '@/features/session/session-links';
import { AppShell } from '@/features/shell/app-shell';
import { ErrorPage } from '@/features/shell/error-page';
import { usePathname } from '@/ui/navigation';

interface BoundaryState {
  error: unknown;
}

/** A page that fails to render shows the error page in the frame; Retry draws it again. */
class RouteErrorBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { error: undefined };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <ErrorPage
        error={this.state.error}
        reset={() => {
          this.setState({ error: undefined });
        }}
      />
    );
  }
}

/** Every page inside the shared frame; a new address starts with a fresh error boundary. */
export function RootLayout({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  return (
    <AppShell headerEnd={<SessionLinks />}>
      <RouteErrorBoundary key={pathname}>
        <Suspense fallback={null}>{children}</Suspense>
      </RouteErrorBoundary>
    </AppShell>
  );
}

import { Component, Suspense, type ReactNode } from 'react';
import { SessionLinks } from '@/features/session/session-links';
import { AppShell } from '@/features/shell/app-shell';
import { ErrorPage } from '@/features/shell/error-page';
import { usePathname } from '@/ui/navigation';

interface BoundaryProps {
  /** The address shown: a new one clears the error. */
  pathname: string;
  children: ReactNode;
}

interface BoundaryState {
  error: unknown;
  pathname: string;
}

/** A page that fails to render shows the error page in the frame; Retry draws it again. */
class RouteErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: undefined, pathname: this.props.pathname };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(
    props: BoundaryProps,
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    return props.pathname === state.pathname
      ? null
      : { error: undefined, pathname: props.pathname };
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

/**
 * Every page inside the shared frame. A new `pageKey` (the path, or the route's pattern for a
 * route that keeps its page across its `$names`) starts a fresh page; a new path clears an error.
 */
export function RootLayout({ pageKey, children }: { pageKey: string; children: ReactNode }) {
  const pathname = usePathname();
  return (
    <AppShell headerEnd={<SessionLinks />}>
      <RouteErrorBoundary key={pageKey} pathname={pathname}>
        <Suspense fallback={null}>{children}</Suspense>
      </RouteErrorBoundary>
    </AppShell>
  );
}

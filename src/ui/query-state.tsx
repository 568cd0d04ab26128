import type { ReactNode } from 'react';
import { formatUpdatedAt } from '@/lib/format-time';

/** The parts of a TanStack Query result the wrapper needs; any useQuery result satisfies it. */
export interface QueryLike<T> {
  data: T | undefined;
  error: Error | null;
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  dataUpdatedAt: number;
  refetch: () => unknown;
}

interface QueryStateProps<T> {
  query: QueryLike<T>;
  /** What is being loaded, in the user's words: 'the indicator list'. */
  what: string;
  /** Placeholder with the same footprint as the content, so nothing jumps when it arrives. */
  skeleton: ReactNode;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/** Loading, error, empty and stale states for one piece of data, the same everywhere. */
export function QueryState<T>({
  query,
  what,
  skeleton,
  isEmpty,
  empty,
  children,
}: QueryStateProps<T>) {
  if (query.data === undefined) {
    if (query.isError) {
      return (
        <ErrorMessage
          what={what}
          error={query.error}
          onRetry={() => void query.refetch()}
          isRetrying={query.isFetching}
        />
      );
    }
    return (
      <div aria-busy="true" className="query-loading">
        <p className="visually-hidden" role="status">
          Loading {what}…
        </p>
        {skeleton}
      </div>
    );
  }
  const data = query.data;
  return (
    <>
      {query.isError ? (
        <StaleNotice
          updatedAt={query.dataUpdatedAt}
          onRetry={() => void query.refetch()}
          isRetrying={query.isFetching}
        />
      ) : null}
      {isEmpty?.(data)
        ? (empty ?? <p className="empty-state">Nothing to show.</p>)
        : children(data)}
    </>
  );
}

interface ErrorMessageProps {
  what: string;
  error: Error | null;
  onRetry: () => void;
  isRetrying?: boolean;
}

export function ErrorMessage({ what, error, onRetry, isRetrying = false }: ErrorMessageProps) {
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">Sorry, {what} could not be loaded.</p>
      {error?.message ? <p>{error.message}</p> : null}
      <button type="button" className="button" onClick={onRetry} disabled={isRetrying}>
        {isRetrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}

export function StaleNotice({
  updatedAt,
  onRetry,
  isRetrying = false,
}: {
  updatedAt: number;
  onRetry: () => void;
  isRetrying?: boolean;
}) {
  return (
    <div className="notice notice--warning" role="status">
      <p>
        Showing data from {formatUpdatedAt(updatedAt)}: the service is not responding.{' '}
        <button
          type="button"
          className="button button--small"
          onClick={onRetry}
          disabled={isRetrying}
        >
          {isRetrying ? 'Retrying…' : 'Retry'}
        </button>
      </p>
    </div>
  );
}

export function SkeletonLines({ lines = 3 }: { lines?: number }) {
  return (
    <div className="skeleton-lines" aria-hidden="true">
      {Array.from({ length: lines }, (_, index) => (
        <span key={index} className="skeleton skeleton--line" />
      ))}
    </div>
  );
}

export function SkeletonTable({ rows = 8 }: { rows?: number }) {
  return (
    <div className="skeleton-table" aria-hidden="true">
      <span className="skeleton skeleton--header" />
      {Array.from({ length: rows }, (_, index) => (
        <span key={index} className="skeleton skeleton--row" />
      ))}
    </div>
  );
}

import type { ReactNode } from 'react';
import { Link } from '@/ui/navigation';
import { formatUpdatedAt } from '@/lib/format-time';
import { describeLoadError } from './error-words';
import { TechnicalDetails } from './technical-details';
import { usePageTitle } from './use-page-title';

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
  /** Set when a failure replaces the whole page: the message then carries the page's h1. */
  isPage?: boolean;
}

/** Loading, error, empty and stale states for one piece of data, the same everywhere. */
export function QueryState<T>({
  query,
  what,
  skeleton,
  isEmpty,
  empty,
  children,
  isPage = false,
}: QueryStateProps<T>) {
  if (query.data === undefined) {
    if (query.isError) {
      return (
        <ErrorMessage
          what={what}
          error={query.error}
          onRetry={() => void query.refetch()}
          isRetrying={query.isFetching}
          isPage={isPage}
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
  /** The message stands for the page, so its title is the page's h1. */
  isPage?: boolean;
}

function PageTitle({ title }: { title: string }) {
  usePageTitle(title);
  return null;
}

/** A failed load in words: a title, what it means, Retry only when another try can help. */
export function ErrorMessage({
  what,
  error,
  onRetry,
  isRetrying = false,
  isPage = false,
}: ErrorMessageProps) {
  const words = describeLoadError(error, what);
  const Title = isPage ? 'h1' : 'p';
  if (words.notFound) {
    return (
      <section className="not-found" aria-labelledby={isPage ? 'error-title' : undefined}>
        {isPage ? <PageTitle title={words.title} /> : null}
        <Title
          id={isPage ? 'error-title' : undefined}
          className={isPage ? undefined : 'notice__title'}
        >
          {words.title}
        </Title>
        <p>{words.text}</p>
        <p className="button-row">
          <Link to="/">Go to the overview</Link>
          <Link to="/search">Search all indicators</Link>
        </p>
      </section>
    );
  }
  return (
    <div className="notice notice--error" role="alert">
      {isPage ? <PageTitle title={words.title} /> : null}
      <Title id={isPage ? 'error-title' : undefined} className="notice__title">
        {words.title}
      </Title>
      <p>{words.text}</p>
      {words.detail ? <TechnicalDetails>{words.detail}</TechnicalDetails> : null}
      {words.canRetry ? (
        <button type="button" className="button" onClick={onRetry} disabled={isRetrying}>
          {isRetrying ? 'Retrying…' : 'Retry'}
        </button>
      ) : (
        <p>
          <Link to="/">Go to the overview</Link>
        </p>
      )}
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

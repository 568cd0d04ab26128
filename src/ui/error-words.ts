/**
 * What a failed load means to the person looking at the page: a heading, a sentence in their
 * words (no internal ids or schema paths), whether trying again can help, and the technical
 * message kept for the 'Technical details' disclosure.
 */

/**
 * What the data layer's ApiError carries (src/data/api/api-error.ts). Shared UI reads only the
 * contract's types from src/data, so it recognises the error by its shape.
 */
interface ApiErrorShape {
  kind: 'network' | 'http' | 'malformed' | 'schema' | 'read-only';
  status: number;
}

function isApiError(error: unknown): error is Error & ApiErrorShape {
  return (
    error instanceof Error &&
    'kind' in error &&
    typeof error.kind === 'string' &&
    'status' in error &&
    typeof error.status === 'number'
  );
}

export interface LoadErrorWords {
  title: string;
  text: string;
  /** Only a dropped connection or a failing server can succeed on a second try. */
  canRetry: boolean;
  /** The thing asked for does not exist: a 'Page not found', with a way back. */
  notFound: boolean;
  /** The message the data layer gave, for the disclosure. */
  detail: string | undefined;
}

export function describeLoadError(error: unknown, what: string): LoadErrorWords {
  const detail = error instanceof Error && error.message ? error.message : undefined;
  if (!isApiError(error)) {
    return {
      title: `Sorry, ${what} could not be shown`,
      text: 'Something unexpected went wrong. Trying again may help.',
      canRetry: true,
      notFound: false,
      detail,
    };
  }
  if (error.kind === 'http' && (error.status === 404 || error.status === 410)) {
    return {
      title: 'Page not found',
      text: 'There is nothing at this address. If you typed it, check it; if you followed a link, the indicator or unit may have been renamed or may not be in this dataset.',
      canRetry: false,
      notFound: true,
      detail,
    };
  }
  if (error.kind === 'network') {
    return {
      title: `Sorry, ${what} could not be loaded`,
      text: 'The service could not be reached. Check your connection, then try again.',
      canRetry: true,
      notFound: false,
      detail,
    };
  }
  if (error.kind === 'http' && error.status >= 500) {
    return {
      title: `Sorry, ${what} could not be loaded`,
      text: 'The service failed to answer. This is usually brief: try again in a moment.',
      canRetry: true,
      notFound: false,
      detail,
    };
  }
  if (error.kind === 'malformed' || error.kind === 'schema') {
    return {
      title: `Sorry, ${what} could not be loaded`,
      text: 'The figures came back in an unexpected form, so they are not shown rather than shown wrongly. Trying again will not help; the people who run the service need to fix the data.',
      canRetry: false,
      notFound: false,
      detail,
    };
  }
  if (error.kind === 'read-only') {
    return {
      title: 'This copy cannot record figures',
      text: 'This copy of Ragstone is a static publication; recording figures needs the Ragstone API.',
      canRetry: false,
      notFound: false,
      detail: undefined,
    };
  }
  return {
    title: `Sorry, ${what} could not be loaded`,
    text: 'The service refused the request, so trying again will not help. Go back and choose again.',
    canRetry: false,
    notFound: false,
    detail,
  };
}

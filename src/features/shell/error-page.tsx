import { Link } from '@/ui/navigation';
import { TechnicalDetails } from '@/ui/technical-details';
import { usePageTitle } from '@/ui/use-page-title';

/** Shown when a page fails to render or load. Retry clears the failure and loads the page again. */
export function ErrorPage({ error, reset }: { error: unknown; reset: () => void }) {
  usePageTitle('Sorry, this page could not be shown');
  return (
    <section aria-labelledby="error-title" className="page">
      <h1 id="error-title">Sorry, this page could not be shown</h1>
      <div className="notice notice--error" role="alert">
        <p>Something unexpected went wrong while showing this page. Trying again may help.</p>
        {error instanceof Error && error.message ? (
          <TechnicalDetails>{error.message}</TechnicalDetails>
        ) : null}
      </div>
      <p className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => {
            reset();
          }}
        >
          Retry
        </button>
        <Link to="/">Go to the overview</Link>
      </p>
    </section>
  );
}

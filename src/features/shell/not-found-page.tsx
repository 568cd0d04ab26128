import { Link } from '@/ui/navigation';
import { usePageTitle } from '@/ui/use-page-title';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <section aria-labelledby="not-found-title" className="page">
      <h1 id="not-found-title">Page not found</h1>
      <p>
        There is no page at this address. If you typed it, check it; if you followed a link, the
        indicator or unit may have been renamed.
      </p>
      <p>
        <Link to="/">Go to the overview</Link>
      </p>
    </section>
  );
}

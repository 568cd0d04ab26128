import { Link, usePathname } from '@/ui/navigation';
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { DatasetNotice } from './dataset-notice';

/** The frame every page shares: skip link, header with the main navigation, main region and footer. */
export function AppShell({
  children,
  headerEnd,
}: {
  children: ReactNode;
  /** Shown at the end of the header: who is signed in (composed in src/app). */
  headerEnd?: ReactNode;
}) {
  const pathname = usePathname();
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);
  // A new page moves focus to its main region so screen readers start there, as on a full page
  // load. Filter changes (same path) leave focus where it is.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="app-header__brand">
            Ragstone
            <span className="app-header__tagline">Council performance indicators</span>
          </Link>
          <nav aria-label="Main" className="app-nav">
            <ul>
              <li>
                <Link to="/" activeOptions={{ exact: true, includeSearch: false }}>
                  Overview
                </Link>
              </li>
              <li>
                <Link to="/dashboard" activeOptions={{ includeSearch: false }}>
                  Dashboard
                </Link>
              </li>
              <li>
                <Link to="/exceptions" activeOptions={{ includeSearch: false }}>
                  Exceptions
                </Link>
              </li>
              <li>
                <Link to="/compare" activeOptions={{ includeSearch: false }}>
                  Compare authorities
                </Link>
              </li>
              <li>
                <Link to="/search" activeOptions={{ includeSearch: false }}>
                  Search
                </Link>
              </li>
              <li>
                <Link to="/help">Help</Link>
              </li>
            </ul>
          </nav>
          {headerEnd}
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <DatasetNotice />
        {children}
      </main>
      <footer className="app-footer">
        <p>
          Ragstone shows the figures published in Kent County Council&rsquo;s performance papers.
          Each figure links to the document and line it came from.
        </p>
      </footer>
    </div>
  );
}

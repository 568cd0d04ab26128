import { Link } from '@/ui/navigation';
import { PageHeader } from '@/ui/page-header';
import { usePageTitle } from '@/ui/use-page-title';
import { glossary } from './glossary';
import './help.css';

/** A short guide to the pages and a glossary; other pages link to its terms by anchor (`/help#floor`). */
export function HelpPage() {
  usePageTitle('Help and glossary');
  return (
    <div className="page help">
      <PageHeader
        title="Help and glossary"
        lead="What each page shows, and what the words on them mean."
      />
      <section aria-labelledby="help-pages-title">
        <h2 id="help-pages-title">The pages</h2>
        <dl className="help__pages">
          <div>
            <dt>
              <Link to="/">Overview</Link>
            </dt>
            <dd>
              The authority at a glance: each directorate’s status mix, the indicators that need
              attention and what changed since the period before.
            </dd>
          </div>
          <div>
            <dt>
              <Link to="/dashboard">Dashboard</Link>
            </dt>
            <dd>
              Every indicator of one structure in the council’s own table layout, filtered by unit,
              status, framework or words. The filters are in the address, so a view can be
              bookmarked or shared. Print it for a committee pack.
            </dd>
          </div>
          <div>
            <dt>
              <Link to="/exceptions">Exceptions</Link>
            </dt>
            <dd>The red, worsening and missing figures, each with its commentary and owner.</dd>
          </div>
          <div>
            <dt>
              <Link to="/compare">Compare authorities</Link>
            </dt>
            <dd>An indicator beside statistical neighbours, the region and England.</dd>
          </div>
          <div>
            <dt>
              <Link to="/search">Search</Link>
            </dt>
            <dd>Every indicator in every structure, by code (NI 111, PAF C28), title or owner.</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="glossary-title">
        <h2 id="glossary-title">Glossary</h2>
        <dl className="glossary">
          {glossary.map((entry) => (
            <div key={entry.id} id={entry.id} className="glossary__entry" tabIndex={-1}>
              <dt>{entry.term}</dt>
              <dd>
                {entry.text.map((paragraph) => (
                  <p key={paragraph}>{paragraph}</p>
                ))}
                {entry.list ? (
                  <dl className="glossary__list">
                    {entry.list.map((item) => (
                      <div key={item.name}>
                        <dt>{item.name}</dt>
                        <dd>{item.words}</dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Link } from '@/ui/navigation';
import { indicatorListQuery, organisationQuery } from '@/data/api/queries';
import { headlineStatus } from '@/domain/aggregate';
import { formatPeriod } from '@/domain/periods';
import { SiteSearchForm } from '@/ui/site-search-form';
import { PageHeader } from '@/ui/page-header';
import { QueryState, SkeletonTable } from '@/ui/query-state';
import { RejectedRowsNotice } from '@/ui/rejected-rows-notice';
import { StatusBadge } from '@/ui/status-badge';
import { usePageTitle } from '@/ui/use-page-title';
import type { SiteSearch } from './search-search';
import { codesText, ownersText, resultsSentence } from './search-words';
import './search.css';

const SHOWN = 100;

/** One search across every structure and catalogue, by code, title and owner. */
export function SearchPage({ search }: { search: SiteSearch }) {
  const q = search.q?.trim() ?? '';
  usePageTitle(q ? `Search: “${q}”` : 'Search all indicators');
  const organisation = useQuery(organisationQuery());
  const results = useQuery({ ...indicatorListQuery({ q }), enabled: q !== '' });
  const structures = organisation.data?.structures ?? [];
  return (
    <div className="page">
      <PageHeader title="Search all indicators" />
      <SiteSearchForm key={q} initial={q} />
      {q === '' ? (
        <p>
          Type a code such as NI 111 or PAF C28, words from a title, or the name of a directorate or
          unit. Codes are matched whole, so NI 11 does not find NI 111.
        </p>
      ) : (
        <QueryState query={results} what="the search results" skeleton={<SkeletonTable rows={6} />}>
          {(data) => (
            <section aria-labelledby="results-title">
              <div role="status">
                <h2 id="results-title">{resultsSentence(data.total, q)}</h2>
              </div>
              {data.total > SHOWN ? (
                <p>The first {SHOWN} are shown; add words to narrow the search.</p>
              ) : null}
              <RejectedRowsNotice rejected={data.rejected} />
              <ol className="search-results" aria-label="Search results">
                {data.rows.slice(0, SHOWN).map((row) => {
                  const status = headlineStatus(row);
                  const owners = ownersText(row.indicator, structures);
                  return (
                    <li key={row.indicator.id} className="search-result">
                      <Link
                        to="/indicators/$indicatorId"
                        params={{ indicatorId: row.indicator.id }}
                        search={{}}
                        className="search-result__title"
                      >
                        {row.indicator.title}
                      </Link>
                      {row.indicator.codes.length > 0 ? (
                        <span className="search-result__codes">{codesText(row.indicator)}</span>
                      ) : null}
                      <span className="search-result__facts">
                        <StatusBadge status={status} />
                        {row.latest ? <span>Latest: {formatPeriod(row.latest.period)}</span> : null}
                      </span>
                      {owners ? (
                        <span className="search-result__owner">Owner: {owners}</span>
                      ) : null}
                    </li>
                  );
                })}
              </ol>
            </section>
          )}
        </QueryState>
      )}
    </div>
  );
}

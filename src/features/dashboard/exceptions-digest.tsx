import { Link } from '@/ui/navigation';
import { ScrollRegion } from '@/ui/scroll-region';
import { StatusBadge } from '@/ui/status-badge';
import type { RedRow } from './list-first-view';
import './exceptions-digest.css';

/**
 * The red indicators of a folded list, in one short table: what a committee reads after the
 * summary and before the units it asked for. The exceptions page has them with commentary.
 */
export function ExceptionsDigest({
  reds,
  search,
}: {
  reds: readonly RedRow[];
  search: {
    structure?: string | undefined;
    node?: string | undefined;
    period?: string | undefined;
  };
}) {
  return (
    <section aria-labelledby="digest-title" className="digest">
      <h2 id="digest-title">
        Exceptions <span className="count-chip">{reds.length}</span>
      </h2>
      {reds.length === 0 ? (
        <p>No indicator in this list is red.</p>
      ) : (
        <>
          <p>
            Red in the latest period or for the year to date.{' '}
            <Link to="/exceptions" search={search}>
              Read them with their commentary, and the worsening and missing ones
            </Link>
            .
          </p>
          <ScrollRegion label="Exceptions">
            <table className="digest__table">
              <caption className="visually-hidden">
                Red indicators: owner and the reason for the status
              </caption>
              <thead>
                <tr>
                  <th scope="col">Indicator</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Why it is red</th>
                </tr>
              </thead>
              <tbody>
                {reds.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">
                      <Link
                        to="/indicators/$indicatorId"
                        params={{ indicatorId: row.id }}
                        search={{}}
                      >
                        {row.title}
                      </Link>
                    </th>
                    <td data-label="Owner">{row.owners || 'Not recorded'}</td>
                    <td data-label="Why it is red">
                      <StatusBadge status="red" /> {row.reason}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}

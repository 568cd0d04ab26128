import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useRouteSearch } from '@/ui/navigation';
import { useId, type SyntheticEvent } from 'react';
import { auditCsvUrl, auditQuery } from '@/data/api/admin';
import type { AuditEntryBody } from '@/data/api/contract';
import { formText } from '@/lib/form-text';
import { QueryState, SkeletonLines } from '@/ui/query-state';
import { ScrollRegion } from '@/ui/scroll-region';
import { usePageTitle } from '@/ui/use-page-title';
import { AUDIT_KINDS, auditSearchSchema, type AuditSearch } from './audit-search';
import '@/ui/data-table.css';

const when = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

/** An old or new value as a person reads it: text as is, anything else as compact JSON. */
function shown(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function AuditTable({ entries }: { entries: AuditEntryBody[] }) {
  return (
    <ScrollRegion label="Audit log entries">
      <table className="data-table audit-table">
        <caption className="visually-hidden">Audit log, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Old</th>
            <th scope="col">New</th>
            <th scope="col">Reason</th>
            <th scope="col">Address</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time>
              </td>
              <td>{entry.actorName}</td>
              <td>
                <code>{entry.action}</code> {entry.subject}
              </td>
              <td className="audit-table__value">{shown(entry.oldValue)}</td>
              <td className="audit-table__value">{shown(entry.newValue)}</td>
              <td>{entry.reason || '—'}</td>
              <td>{entry.address}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Every change, newest first, filtered by person, kind and dates held in the address. */
export function AuditPage() {
  usePageTitle('Audit log – Administration');
  const id = useId();
  const search = useRouteSearch(auditSearchSchema);
  const navigate = useNavigate();
  const log = useQuery(auditQuery(search));

  const apply = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const read = (name: string) => {
      const value = formText(data, name).trim();
      return value === '' ? undefined : value;
    };
    const next: AuditSearch = auditSearchSchema.parse({
      actor: read('actor'),
      action: read('action'),
      from: read('from'),
      to: read('to'),
    });
    navigate({ search: next });
  };

  const filtered = search.actor ?? search.action ?? search.from ?? search.to;
  return (
    <section aria-labelledby={`${id}-heading`} className="admin-section">
      <h2 id={`${id}-heading`}>Audit log</h2>
      <p>
        Every change made in Ragstone: who, when, what it was before and after, why, and from which
        address. Nobody can change or remove an entry.
      </p>
      <form
        className="audit-filters"
        onSubmit={apply}
        aria-label="Filter the audit log"
        key={JSON.stringify(search)}
      >
        <div className="field">
          <label htmlFor={`${id}-actor`}>Person</label>
          <input id={`${id}-actor`} name="actor" defaultValue={search.actor ?? ''} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-action`}>Kind of change</label>
          <select id={`${id}-action`} name="action" defaultValue={search.action ?? ''}>
            <option value="">Any</option>
            {AUDIT_KINDS.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>From (date)</label>
          <input id={`${id}-from`} name="from" type="date" defaultValue={search.from ?? ''} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>To (date)</label>
          <input id={`${id}-to`} name="to" type="date" defaultValue={search.to ?? ''} />
        </div>
        <div className="button-row">
          <button type="submit" className="button">
            Show entries
          </button>
          {filtered ? (
            <Link to="/admin/audit" search={{}} className="button button--secondary">
              Clear filters
            </Link>
          ) : null}
        </div>
      </form>
      <p>
        <a href={auditCsvUrl(search)} download="ragstone-audit-log.csv">
          Download CSV{filtered ? ' of these entries' : ''}
        </a>{' '}
        (up to 10,000 rows, opens in a spreadsheet)
      </p>
      <QueryState
        query={log}
        what="the audit log"
        skeleton={<SkeletonLines lines={6} />}
        isEmpty={(data) => data.entries.length === 0}
        empty={<p className="muted">No entries match these filters.</p>}
      >
        {(data) => (
          <>
            <AuditTable entries={data.entries} />
            <nav aria-label="Audit log pages" className="button-row audit-pages">
              {search.before !== undefined ? (
                <Link to="/admin/audit" search={{ ...search, before: undefined }}>
                  Newest entries
                </Link>
              ) : null}
              {data.nextBefore !== null ? (
                <Link to="/admin/audit" search={{ ...search, before: data.nextBefore }}>
                  Older entries
                </Link>
              ) : null}
            </nav>
          </>
        )}
      </QueryState>
    </section>
  );
}

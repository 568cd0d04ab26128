import { Link } from '@/ui/navigation';
import type { IndicatorRow } from '@/data/api/contract';
import type { Structure } from '@/data/contract/dataset-schema';
import {
  describeException,
  EXCEPTION_KINDS,
  selectExceptions,
  type ExceptionKind,
} from '@/domain/aggregate';
import type { ExceptionsSearch } from './dashboard-search';
import { ExceptionItem } from './exception-item';
import { exceptionSectionWords } from './exceptions-words';

interface ExceptionSectionRows {
  kind: ExceptionKind;
  rows: readonly IndicatorRow[];
}

/** The links between exception types, each with its count; the chosen one is marked current. */
function ExceptionNav({
  sections,
  search,
}: {
  sections: readonly ExceptionSectionRows[];
  search: ExceptionsSearch;
}) {
  return (
    <nav aria-label="Exception types" className="exception-nav">
      <ul>
        {sections.map(({ kind, rows }) => (
          <li key={kind}>
            <Link
              to="/exceptions"
              search={{ ...search, show: search.show === kind ? undefined : kind }}
              aria-current={search.show === kind ? 'true' : undefined}
            >
              {describeException(kind)} <span className="count-chip">{rows.length}</span>
            </Link>
          </li>
        ))}
        {search.show ? (
          <li>
            <Link to="/exceptions" search={{ ...search, show: undefined }}>
              Show all types
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** One type of exception: its heading and count, what it means, and a card per indicator. */
function ExceptionSection({
  kind,
  rows,
  structure,
}: ExceptionSectionRows & { structure: Structure | undefined }) {
  return (
    <section aria-labelledby={`exceptions-${kind}`} className="exception-section">
      <h2 id={`exceptions-${kind}`}>
        {describeException(kind)} <span className="count-chip">{rows.length}</span>
      </h2>
      <p className="section-lead">{exceptionSectionWords[kind].lead}</p>
      {rows.length === 0 ? (
        <p className="empty-state">{exceptionSectionWords[kind].none}</p>
      ) : (
        <ul className="exception-list">
          {rows.map((row) => (
            <ExceptionItem key={row.indicator.id} row={row} structure={structure} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The type links over every type, then the sections of the types shown. */
export function ExceptionSections({
  rows,
  kinds,
  search,
  structure,
}: {
  rows: readonly IndicatorRow[];
  kinds: readonly ExceptionKind[];
  search: ExceptionsSearch;
  structure: Structure | undefined;
}) {
  const sections = EXCEPTION_KINDS.map((kind) => ({ kind, rows: selectExceptions(rows, kind) }));
  return (
    <>
      <ExceptionNav sections={sections} search={search} />
      {sections
        .filter(({ kind }) => kinds.includes(kind))
        .map(({ kind, rows: sectionRows }) => (
          <ExceptionSection key={kind} kind={kind} rows={sectionRows} structure={structure} />
        ))}
    </>
  );
}

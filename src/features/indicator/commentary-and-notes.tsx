import type { Commentary, QualityNote } from '@/data/contract/dataset-schema';
import { comparePeriodIds, formatPeriod } from '@/domain/periods';
import { ProvenanceDetails } from '@/ui/provenance-details';

const noteKindLabels: Record<QualityNote['kind'], string> = {
  garbled: 'Garbled in the source',
  contradiction: 'Contradiction between sources',
  typo: 'Typing error in the source',
  'direction-lost': 'Direction of travel lost',
  'rating-mismatch': 'Published status differs from the rule',
  ambiguous: 'Ambiguous',
  other: 'Note',
};

/**
 * Conversion problems in plain words for a manager; the note's own text, written for whoever
 * maintains the extraction, stays one click away.
 */
const plainSentences: Partial<Record<QualityNote['kind'], string>> = {
  garbled:
    'Part of the paper could not be read when it was converted to text, so the figures affected are shown as missing rather than guessed.',
  'direction-lost':
    'The paper’s direction arrows could not be read, so Ragstone works the direction of travel out from the figures instead.',
};

interface Titles {
  documentTitles: ReadonlyMap<string, string>;
}

export function CommentaryHistory({
  commentary,
  documentTitles,
}: { commentary: readonly Commentary[] } & Titles) {
  const ordered = [...commentary].sort((a, b) => comparePeriodIds(b.period, a.period));
  return (
    <section aria-labelledby="commentary-heading" className="indicator-section">
      <h2 id="commentary-heading">Commentary</h2>
      {ordered.length === 0 ? (
        <p className="muted">No commentary has been published for this indicator.</p>
      ) : (
        <ol className="commentary-list">
          {ordered.map((entry, index) => (
            <li key={`${entry.period}-${index}`}>
              <h3 className="commentary-list__period">
                {formatPeriod(entry.period)}
                {entry.author ? <span className="muted"> – {entry.author}</span> : null}
              </h3>
              <p>{entry.text}</p>
              {entry.provenance ? (
                <ProvenanceDetails
                  provenance={entry.provenance}
                  documentTitle={documentTitles.get(entry.provenance.document)}
                />
              ) : (
                <p className="muted">Recorded in Ragstone.</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function QualityNotes({
  notes,
  documentTitles,
}: { notes: readonly QualityNote[] } & Titles) {
  return (
    <section aria-labelledby="notes-heading" className="indicator-section">
      <h2 id="notes-heading">Data-quality notes</h2>
      {notes.length === 0 ? (
        <p className="muted">No data-quality problems are recorded for this indicator.</p>
      ) : (
        <ul className="quality-notes">
          {notes.map((note) => (
            <li key={note.id} className="notice notice--warning">
              <p>
                <strong>{noteKindLabels[note.kind]}:</strong>{' '}
                {plainSentences[note.kind] ?? note.text}
              </p>
              {plainSentences[note.kind] ? (
                <details className="provenance-group">
                  <summary>Conversion details</summary>
                  <p>{note.text}</p>
                </details>
              ) : null}
              {note.provenance.length > 2 ? (
                <details className="provenance-group">
                  <summary>Where in the papers ({note.provenance.length} lines)</summary>
                  {note.provenance.map((provenance) => (
                    <ProvenanceDetails
                      key={`${provenance.document}-${provenance.line}`}
                      provenance={provenance}
                      documentTitle={documentTitles.get(provenance.document)}
                    />
                  ))}
                </details>
              ) : (
                note.provenance.map((provenance) => (
                  <ProvenanceDetails
                    key={`${provenance.document}-${provenance.line}`}
                    provenance={provenance}
                    documentTitle={documentTitles.get(provenance.document)}
                  />
                ))
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

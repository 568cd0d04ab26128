import type { Provenance } from '@/data/contract/dataset-schema';

interface ProvenanceDetailsProps {
  provenance: Provenance;
  /** The paper's title from the manifest, when known. */
  documentTitle?: string | undefined;
}

/** Where a figure came from: the paper and line, with the row exactly as printed one click away. */
export function ProvenanceDetails({ provenance, documentTitle }: ProvenanceDetailsProps) {
  return (
    <details className="provenance">
      <summary>
        {documentTitle ?? provenance.document}, line {provenance.line}
      </summary>
      {/* The file name is for the curious (and for maintainers); the summary names the paper. */}
      <p className="provenance__document">
        File <code>{provenance.document}</code>, line {provenance.line}
      </p>
      <p className="provenance__label">The row as printed:</p>
      <pre className="provenance__row">{provenance.row}</pre>
      {provenance.note ? <p className="provenance__note">{provenance.note}</p> : null}
    </details>
  );
}

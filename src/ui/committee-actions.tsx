import { downloadText } from './download-file';
import './committee-actions.css';

/** Today's date as printed on committee papers: '23 November 2026'. */
function printedDate(): string {
  return new Date().toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/**
 * Download and print controls for committee papers, plus the line that heads the printout
 * (authority, view and filters, date printed), shown only on paper.
 */
export function CommitteeActions({
  downloadLabel = 'Download these figures (CSV)',
  fileName,
  csv,
  printHeading,
  ready = true,
}: {
  downloadLabel?: string;
  fileName: string;
  /** Built on click, so the page never pays for a CSV nobody downloads. */
  csv: () => string;
  printHeading: string;
  /** False until the rows have loaded, so nobody downloads an empty file by mistake. */
  ready?: boolean;
}) {
  return (
    <>
      <div className="committee-actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={!ready}
          onClick={() => {
            downloadText(fileName, csv());
          }}
        >
          {downloadLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            window.print();
          }}
        >
          Print for committee
        </button>
      </div>
      <p className="print-only print-heading">
        {printHeading}. Printed {printedDate()}.
      </p>
    </>
  );
}

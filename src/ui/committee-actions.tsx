import { useSyncExternalStore, type ReactNode } from 'react';
import type { ExportTable } from '@/lib/table-export';
import { TableDownloads } from './table-downloads';
import './committee-actions.css';

/** Today's date as printed on committee papers: '23 November 2026'. */
function printedDate(): string {
  return new Date().toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

const noChanges = () => () => undefined;

/**
 * The date printed, read in the browser: a page rendered ahead of time (ADR 0086) leaves it out,
 * as the day it was built is not the day it is printed, and the browser fills it in after hydrating.
 */
function usePrintedDate(): string | null {
  return useSyncExternalStore(noChanges, printedDate, () => null);
}

/**
 * Download and print controls for committee papers, plus the line that heads the printout
 * (authority, view and filters, date printed), shown only on paper.
 */
export function CommitteeActions({
  fileNameParts,
  table,
  printHeading,
  ready = true,
  children,
}: {
  fileNameParts: readonly (string | undefined)[];
  /** Built on click, so the page never pays for a file nobody downloads (`loadFiguresExport`). */
  table: () => ExportTable | Promise<ExportTable>;
  printHeading: string;
  /** False until the rows have loaded, so nobody downloads an empty file by mistake. */
  ready?: boolean;
  /** Further downloads of the page (a unit's whole scorecard). */
  children?: ReactNode;
}) {
  const printed = usePrintedDate();
  return (
    <>
      <div className="committee-actions">
        <TableDownloads
          what="these figures"
          fileNameParts={fileNameParts}
          table={table}
          ready={ready}
        />
        {children}
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
        {printHeading}.{printed === null ? null : ` Printed ${printed}.`}
      </p>
    </>
  );
}

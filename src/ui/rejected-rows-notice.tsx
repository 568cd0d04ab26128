import { TechnicalDetails } from './technical-details';

interface RejectedRow {
  indicatorId: string | null;
  message: string;
}

/** 'One indicator could not be shown because its figures are in an unexpected form.' */
export function rejectedRowsSentence(count: number): string {
  return count === 1
    ? 'One indicator could not be shown because its figures are in an unexpected form.'
    : `${count} indicators could not be shown because their figures are in an unexpected form.`;
}

/**
 * Rows the service sent in a broken shape: said in a sentence while the rest of the table shows,
 * with the schema detail behind 'Technical details' for whoever fixes the data.
 */
export function RejectedRowsNotice({ rejected }: { rejected: readonly RejectedRow[] | undefined }) {
  if (!rejected || rejected.length === 0) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">
        {rejectedRowsSentence(rejected.length)} The rest of the table is shown.
      </p>
      <TechnicalDetails>
        <ul>
          {rejected.map((row, index) => (
            <li key={row.indicatorId ?? `row-${index}`}>{row.message}</li>
          ))}
        </ul>
      </TechnicalDetails>
    </div>
  );
}

interface RejectedRow {
  indicatorId: string | null;
  message: string;
}

/** Rows the service sent in a broken shape: named here, while the rest of the table still shows. */
export function RejectedRowsNotice({ rejected }: { rejected: readonly RejectedRow[] | undefined }) {
  if (!rejected || rejected.length === 0) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">
        {rejected.length === 1
          ? 'One indicator could not be shown because its data is not in the expected form.'
          : `${rejected.length} indicators could not be shown because their data is not in the expected form.`}{' '}
        The rest of the table is shown.
      </p>
      <ul>
        {rejected.map((row, index) => (
          <li key={row.indicatorId ?? `row-${index}`}>{row.message}</li>
        ))}
      </ul>
    </div>
  );
}

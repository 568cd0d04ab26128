import { useState } from 'react';
import { formatProblem } from './import-wording';
import type { RowProblem } from '@/lib/parse-table';

/** Problems listed a page at a time: a file with thousands of bad rows stays quick to show. */
const PAGE = 50;

/** Every problem by row, the first fifty listed, the rest counted and shown fifty more at a time. */
export function ImportProblems({ problems }: { problems: readonly RowProblem[] }) {
  const [shown, setShown] = useState({ problems, count: PAGE });
  // A new reading (another choice in the preview) starts again at the first page.
  const count = shown.problems === problems ? shown.count : PAGE;
  if (problems.length === 0) return null;
  const rest = problems.length - count;
  return (
    <>
      <ul className="csv-import__errors">
        {problems.slice(0, count).map((problem, index) => (
          <li key={`${problem.row}-${index}`}>{formatProblem(problem)}</li>
        ))}
        {rest > 0 ? <li>…and {rest.toLocaleString('en-GB')} more.</li> : null}
      </ul>
      {rest > 0 ? (
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => {
            setShown({ problems, count: count + PAGE });
          }}
        >
          Show {Math.min(PAGE, rest)} more problems
        </button>
      ) : null}
    </>
  );
}

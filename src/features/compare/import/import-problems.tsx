import { formatProblem } from './import-wording';
import type { RowProblem } from '@/lib/parse-table';

const MAX_SHOWN = 50;

/** Every problem by row, the first fifty listed and the rest counted. */
export function ImportProblems({ problems }: { problems: readonly RowProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="csv-import__errors">
      {problems.slice(0, MAX_SHOWN).map((problem, index) => (
        <li key={`${problem.row}-${index}`}>{formatProblem(problem)}</li>
      ))}
      {problems.length > MAX_SHOWN ? <li>…and {problems.length - MAX_SHOWN} more.</li> : null}
    </ul>
  );
}

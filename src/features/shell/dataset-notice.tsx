import { useQuery } from '@tanstack/react-query';
import { manifestQuery } from '@/data/api/queries';

/**
 * Problems found loading the dataset are never fatal: the rest of the data is shown, and this
 * notice names each broken file and record so the data team can fix it.
 */
export function DatasetNotice() {
  const { data } = useQuery(manifestQuery());
  if (!data) return null;
  const { problems, manifest } = data;
  const errors = problems.filter((problem) => problem.severity === 'error');
  const files = new Set(problems.map((problem) => problem.file));
  return (
    <>
      {manifest.synthetic ? (
        <div className="notice notice--info">
          <p>
            <strong>Synthetic data.</strong> These figures are generated for testing and are not any
            council&rsquo;s real results.
          </p>
        </div>
      ) : null}
      {problems.length > 0 ? (
        <div className="notice notice--warning" role="status">
          <p className="notice__title">
            {errors.length > 0
              ? `Part of the dataset could not be loaded: ${errors.length} ${errors.length === 1 ? 'record' : 'records'} in ${files.size} ${files.size === 1 ? 'file' : 'files'} ${errors.length === 1 ? 'was' : 'were'} left out.`
              : `The dataset loaded with ${problems.length} ${problems.length === 1 ? 'warning' : 'warnings'}.`}{' '}
            Everything else is shown.
          </p>
          <details>
            <summary>What went wrong</summary>
            <ul>
              {problems.map((problem, index) => (
                <li key={`${problem.file}-${problem.path}-${index}`}>
                  <strong>{problem.file}</strong>
                  {problem.path ? <> at {problem.path}</> : null}: {problem.message}
                </li>
              ))}
            </ul>
          </details>
        </div>
      ) : null}
    </>
  );
}

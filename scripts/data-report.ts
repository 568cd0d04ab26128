/**
 * Coverage report of a dataset folder.
 *   npm run data:report                   the Kent dataset
 *   npm run data:report -- path/to/dir    another folder
 *   npm run data:report -- --all          list every unknown-polarity indicator and RAG mismatch
 *   npm run data:report -- --json         the report as JSON, for other tools
 */
import { resolve } from 'node:path';
import { formatProblem } from '../src/data/contract/assemble-dataset';
import { checkDatasetFolder } from './lib/check-dataset';
import { buildReport, formatReport } from './lib/dataset-report';

const args = process.argv.slice(2);
const dir = args.find((arg) => !arg.startsWith('-')) ?? 'datasets/kent';
const result = checkDatasetFolder(resolve(dir));

if (!result.dataset) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(`${dir}: the dataset could not be loaded; run npm run data:check -- ${dir}`);
  process.exitCode = 1;
} else {
  const report = buildReport(result.dataset);
  if (args.includes('--json')) {
    console.log(
      JSON.stringify(
        { folder: dir, errors: result.errors, warnings: result.warnings, ...report },
        null,
        2,
      ),
    );
  } else {
    console.log(`Dataset report for ${dir}`);
    console.log(
      `Loaded with ${result.errors} error${result.errors === 1 ? '' : 's'} and ${result.warnings} warning${result.warnings === 1 ? '' : 's'}${result.problems.length > 0 ? ' (npm run data:check lists them)' : ''}.`,
    );
    for (const line of formatReport(report, args.includes('--all'))) console.log(line);
  }
}

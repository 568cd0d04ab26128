/**
 * Validates a dataset folder the way the app loads it.
 *   npm run data:check                 checks datasets/kent
 *   npm run data:check -- path/to/dir  checks another authority's folder
 * Prints each problem as `file: path: message`; exits 1 when there is any error
 * (warnings are printed but do not fail).
 */
import { resolve } from 'node:path';
import { checkDatasetFolder, describeCheck } from './lib/check-dataset';

const dir = process.argv.slice(2).find((arg) => !arg.startsWith('-')) ?? 'datasets/kent';
const result = checkDatasetFolder(resolve(dir));
for (const line of describeCheck(dir, result)) console.log(line);
process.exitCode = result.errors > 0 ? 1 : 0;

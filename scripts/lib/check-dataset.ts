/**
 * The checks behind `npm run data:check`: load a dataset folder exactly as the app does,
 * and add the folder-level problems the loader cannot see (files nobody listed).
 */
import { existsSync, readdirSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import {
  formatProblem,
  type DataProblem,
  type Dataset,
} from '../../src/data/contract/assemble-dataset';
import { readDatasetFolder } from '../../server/engine/dataset-folder';

const MANIFEST_FILE = 'manifest.json';

/** The .json files in the folder, for the 'not listed' warning; a folder that cannot be listed has none. */
function jsonFilesUnder(dir: string, base = dir): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsonFilesUnder(path, base);
    return entry.isFile() && entry.name.endsWith('.json')
      ? [relative(base, path).split('\\').join('/')]
      : [];
  });
}

export interface CheckResult {
  dataset: Dataset | null;
  problems: DataProblem[];
  errors: number;
  warnings: number;
}

export function checkDatasetFolder(dir: string): CheckResult {
  if (!existsSync(dir)) {
    return {
      dataset: null,
      problems: [{ file: dir, path: '', message: 'no such folder', severity: 'error' }],
      errors: 1,
      warnings: 0,
    };
  }
  const { dataset, problems: loadProblems } = readDatasetFolder(dir);
  const problems = [...loadProblems];
  if (dataset) {
    const listed = new Set([MANIFEST_FILE, ...dataset.manifest.files]);
    for (const file of jsonFilesUnder(dir)) {
      if (!listed.has(file)) {
        problems.push({
          file,
          path: '',
          message: `not listed in ${MANIFEST_FILE} "files", so it is not loaded`,
          severity: 'warning',
        });
      }
    }
  }
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return { dataset, problems, errors, warnings: problems.length - errors };
}

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function describeCheck(dir: string, result: CheckResult): string[] {
  const lines: string[] = [];
  const bySeverity = (severity: DataProblem['severity']) =>
    result.problems.filter((problem) => problem.severity === severity).map(formatProblem);
  const errors = bySeverity('error');
  const warnings = bySeverity('warning');
  if (errors.length > 0) lines.push(`Errors (${errors.length}):`, ...errors.map((l) => `  ${l}`));
  if (warnings.length > 0) {
    lines.push(`Warnings (${warnings.length}):`, ...warnings.map((l) => `  ${l}`));
  }
  const { dataset } = result;
  const contents = dataset
    ? `${dataset.manifest.title} (${dataset.manifest.authority.name}, version ${dataset.manifest.version}${dataset.manifest.synthetic ? ', synthetic' : ''}): ` +
      [
        count(dataset.manifest.files.length, 'file'),
        count(dataset.indicators.length, 'indicator'),
        count(dataset.observations.length, 'figure'),
        count(dataset.areas.length, 'area'),
        count(dataset.structures.length, 'organisation structure'),
        count(dataset.commentary.length, 'commentary', 'commentaries'),
        count(dataset.notes.length, 'data-quality note'),
        count(dataset.comparisonTables.length, 'comparison table'),
      ].join(', ') +
      ' loaded.'
    : 'The dataset could not be loaded.';
  lines.push(
    `${dir}: ${contents}`,
    `${count(result.errors, 'error')}, ${count(result.warnings, 'warning')}.` +
      (result.errors > 0 && dataset
        ? ' Records with errors are left out when the app loads the dataset.'
        : ''),
  );
  return lines;
}

/**
 * Reads a dataset folder from disk (manifest.json and the files it lists) and assembles it.
 * Unreadable or unparsable files become problems, like any other broken record.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  assembleDataset,
  type DataProblem,
  type Dataset,
  type RawFile,
} from '../../src/data/contract/assemble-dataset';

export interface DatasetFolder {
  dir: string;
  dataset: Dataset | null;
  problems: DataProblem[];
}

function readRaw(dir: string, name: string): RawFile {
  const path = join(dir, name);
  if (!existsSync(path)) return { name, content: null, parseError: 'file not found' };
  const text = readFileSync(path, 'utf8');
  try {
    return { name, content: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      name,
      content: text,
      parseError: error instanceof Error ? error.message : String(error),
    };
  }
}

/** Names in the manifest are relative to the folder; the files it doesn't list are ignored. */
export function readDatasetFolder(folder: string): DatasetFolder {
  const dir = resolve(folder);
  const manifest = readRaw(dir, 'manifest.json');
  if (manifest.parseError === 'file not found') {
    return {
      dir,
      dataset: null,
      problems: [
        {
          file: 'manifest.json',
          path: '',
          message: `no manifest.json in ${dir}`,
          severity: 'error',
        },
      ],
    };
  }
  const listed =
    typeof manifest.content === 'object' &&
    manifest.content !== null &&
    'files' in manifest.content &&
    Array.isArray(manifest.content.files)
      ? manifest.content.files.filter((name): name is string => typeof name === 'string')
      : [];
  const files = listed
    .filter((name) => existsSync(join(dir, name)))
    .map((name) => readRaw(dir, name));
  const { dataset, problems } = assembleDataset(manifest, files);
  return { dir, dataset, problems };
}

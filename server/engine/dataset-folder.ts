/**
 * Reads a dataset folder from disk (manifest.json and the files it lists) and assembles it.
 * Unreadable or unparsable files become problems, like any other broken record. Only files
 * inside the folder are read: names that climb out ('../') or are absolute are refused by the
 * manifest's schema, and a link that resolves outside the folder is refused here.
 *
 * It lives beside the engine because the server (seeding), the static build, data:check and the
 * mocks' Node loader all read folders the same way; it is the engine's only file that reads disk.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';
import {
  assembleDataset,
  type DataProblem,
  type Dataset,
  type RawFile,
} from '@/data/contract/assemble-dataset';
import { datasetFilePathProblem } from '@/data/contract/dataset-schema';

export interface DatasetFolder {
  dir: string;
  dataset: Dataset | null;
  problems: DataProblem[];
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : 'unknown error';
}

/** Why `path` may not be read as a bundle, in words, or null when it may. */
function unreadableBecause(dir: string, path: string): string | null {
  try {
    const real = realpathSync(path);
    const inside = relative(realpathSync(dir), real);
    if (inside.startsWith('..') || isAbsolute(inside)) {
      return 'resolves to a file outside the dataset folder, so it is not loaded';
    }
    if (statSync(real).isDirectory()) return 'is a folder, not a file, so it cannot be read';
    return null;
  } catch (error) {
    return `could not be read (${errorCode(error)})`;
  }
}

function readRaw(dir: string, name: string): RawFile {
  const path = join(dir, name);
  if (!existsSync(path)) return { name, content: null, parseError: 'file not found' };
  const refused = name === 'manifest.json' ? null : unreadableBecause(dir, path);
  if (refused !== null) return { name, content: null, readError: refused };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { name, content: null, readError: `could not be read (${errorCode(error)})` };
  }
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
  // A name the manifest's schema refuses is reported by the assembly; it is never opened.
  const files = listed
    .filter((name) => datasetFilePathProblem(name) === null && existsSync(join(dir, name)))
    .map((name) => readRaw(dir, name));
  const { dataset, problems } = assembleDataset(manifest, files);
  return { dir, dataset, problems };
}
